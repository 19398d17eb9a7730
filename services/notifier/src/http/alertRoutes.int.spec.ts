import { eventId } from "@pushback/eventstore";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createNotifierHarness, type NotifierHarness } from "../testSupport/notifierHarness.ts";
import { alertRoutes } from "./alertRoutes.ts";

let h: NotifierHarness;
let app: FastifyInstance;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_alert_routes");
  app = Fastify();
  await app.register(alertRoutes, { store: h.store, db: h.store.db, env: h.env });
  // Five sent alerts for sub-a, one failed for sub-b (newest last).
  for (let i = 0; i < 5; i++) {
    await h.store.append("alerts-sub-a", [
      {
        id: eventId(`test:AlertSent:${i}`),
        type: "AlertSent",
        data: {
          alertId: `a${i}`,
          subscriptionId: "sub-a",
          contradictionIds: [`c${i}`],
          messageId: `<a${i}@x>`,
          subject: `S${i}`,
          mode: "immediate",
        },
      },
    ]);
  }
  await h.store.append("alerts-sub-b", [
    {
      id: eventId("test:AlertFailed:b"),
      type: "AlertFailed",
      data: {
        alertId: "b0",
        subscriptionId: "sub-b",
        contradictionIds: ["c9"],
        attempts: 5,
        error: "451 try again later",
      },
    },
  ]);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

it("lists sent and failed alerts newest first, in pages", async () => {
  const first = (await app.inject({ method: "GET", url: "/api/alerts?limit=4" })).json();
  expect(first.alerts.map((a: { alertId: string }) => a.alertId)).toEqual(["b0", "a4", "a3", "a2"]);
  expect(first.alerts[0]).toMatchObject({ status: "failed", attempts: 5, error: "451 try again later", subject: null });
  expect(first.alerts[1]).toMatchObject({ status: "sent", subject: "S4", messageId: "<a4@x>", mode: "immediate" });
  expect(first.next).toEqual(expect.any(Number));
  const second = (await app.inject({ method: "GET", url: `/api/alerts?limit=4&before=${first.next}` })).json();
  expect(second.alerts.map((a: { alertId: string }) => a.alertId)).toEqual(["a1", "a0"]);
  expect(second.next).toBeNull();
});

it("filters by subscription and validates the query", async () => {
  const mine = (await app.inject({ method: "GET", url: "/api/alerts?subscriptionId=sub-b" })).json();
  expect(mine.alerts.map((a: { alertId: string }) => a.alertId)).toEqual(["b0"]);
  expect((await app.inject({ method: "GET", url: "/api/alerts?limit=0" })).statusCode).toBe(400);
  expect((await app.inject({ method: "GET", url: "/api/alerts?limit=500" })).statusCode).toBe(400);
  expect((await app.inject({ method: "GET", url: "/api/alerts?before=abc" })).statusCode).toBe(400);
});
