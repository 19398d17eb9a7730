import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createNotifierHarness, type NotifierHarness } from "../testSupport/notifierHarness.ts";
import { subscriptionRoutes } from "./subscriptionRoutes.ts";

let h: NotifierHarness;
let app: FastifyInstance;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_sub_routes");
  app = Fastify();
  await app.register(subscriptionRoutes, { store: h.store, db: h.store.db, env: h.env });
});
afterAll(async () => {
  await app.close();
  await h.close();
});

it("creates once, lists, reads and deletes subscriptions", async () => {
  const body = { email: "Desk@Example.org", government: "Kazakhstan", mode: "daily", timezone: "Asia/Almaty" };
  const created = await app.inject({ method: "POST", url: "/api/subscriptions", payload: body });
  expect(created.statusCode).toBe(201);
  const { subscription } = created.json();
  expect(subscription).toMatchObject({
    email: "desk@example.org",
    filters: { government: "Kazakhstan", platform: null, storyId: null },
    mode: "daily",
    timezone: "Asia/Almaty",
  });
  const again = await app.inject({ method: "POST", url: "/api/subscriptions", payload: body });
  expect(again.statusCode).toBe(200);
  expect(again.json()).toMatchObject({ created: false, subscription: { subscriptionId: subscription.subscriptionId } });

  await app.inject({ method: "POST", url: "/api/subscriptions", payload: { email: "other@example.org" } });
  const list = await app.inject({ method: "GET", url: "/api/subscriptions" });
  expect(list.json().total).toBe(2);
  const filtered = await app.inject({ method: "GET", url: "/api/subscriptions?email=desk@example.org" });
  expect(filtered.json().subscriptions.map((s: { subscriptionId: string }) => s.subscriptionId)).toEqual([
    subscription.subscriptionId,
  ]);
  expect(
    (await app.inject({ method: "GET", url: `/api/subscriptions/${subscription.subscriptionId}` })).statusCode,
  ).toBe(200);

  expect(
    (await app.inject({ method: "DELETE", url: `/api/subscriptions/${subscription.subscriptionId}` })).statusCode,
  ).toBe(204);
  expect(
    (await app.inject({ method: "DELETE", url: `/api/subscriptions/${subscription.subscriptionId}` })).statusCode,
  ).toBe(404);
  expect(
    (await app.inject({ method: "GET", url: `/api/subscriptions/${subscription.subscriptionId}` })).statusCode,
  ).toBe(404);
  expect((await app.inject({ method: "GET", url: "/api/subscriptions" })).json().total).toBe(1);
  const removed = await h.store.readStream(`subscription-${subscription.subscriptionId}`);
  expect(removed.map((e) => [e.type, (e.data as { reason?: string }).reason])).toEqual([
    ["SubscriptionCreated", undefined],
    ["SubscriptionRemoved", "user"],
  ]);
});

it("rejects bad input with 400", async () => {
  for (const payload of [
    { email: "not-an-email" },
    { email: "a@example.org", mode: "hourly" },
    { email: "a@example.org", timezone: "Mars/Base" },
    {},
  ]) {
    const response = await app.inject({ method: "POST", url: "/api/subscriptions", payload });
    expect(response.statusCode, JSON.stringify(payload)).toBe(400);
  }
});
