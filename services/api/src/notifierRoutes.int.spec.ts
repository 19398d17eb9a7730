import { alertRoutes, subscriptionRoutes, unsubscribeRoutes } from "@pushback/notifier";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiHarness, createApiHarness } from "./testSupport/apiHarness.ts";

let h: ApiHarness;
let url: string;
let key: string;

beforeAll(async () => {
  h = await createApiHarness("api_notifier");
  // What startApi registers by default: the notifier's plugins through the extension point.
  ({ url } = await h.start({ plugins: [subscriptionRoutes, alertRoutes, unsubscribeRoutes] }));
  ({ key } = await h.key("desk"));
}, 30_000);

afterAll(() => h?.close());

const call = (method: string, path: string, body?: unknown, token: string | null = key) =>
  fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });

it("serves the notifier's /api routes behind the API key, and /unsubscribe without one", async () => {
  const subscription = { email: "desk@example.org", government: "Kazakhstan", mode: "immediate" };
  expect((await call("POST", "/api/subscriptions", subscription, null)).status).toBe(401);
  const created = await call("POST", "/api/subscriptions", subscription);
  expect(created.status).toBe(201);
  const { subscription: saved } = await created.json();
  const subscriptionId: string = saved.subscriptionId;
  expect(subscriptionId).toEqual(expect.any(String));
  const listed = await (await call("GET", "/api/subscriptions")).json();
  expect(JSON.stringify(listed)).toContain(subscriptionId);
  expect((await call("GET", "/api/alerts", undefined, null)).status).toBe(401);
  expect((await call("GET", "/api/alerts")).status).toBe(200);
  const unsubscribe = await call("GET", "/unsubscribe?token=not-a-token", undefined, null);
  expect(unsubscribe.status).not.toBe(401);
  expect(unsubscribe.status).toBeLessThan(500);
  const doc = await (await call("GET", "/docs/json", undefined, null)).json();
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/subscriptions", "/api/alerts"]));
});
