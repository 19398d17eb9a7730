import { signUnsubscribeToken } from "@pushback/alerts";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addSubscription, readSubscription } from "../subscriptions/subscriptions.ts";
import { createNotifierHarness, type NotifierHarness, TEST_SECRET } from "../testSupport/notifierHarness.ts";
import { unsubscribeRoutes } from "./unsubscribeRoutes.ts";

let h: NotifierHarness;
let app: FastifyInstance;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_unsub_routes");
  app = Fastify();
  await app.register(unsubscribeRoutes, { store: h.store, db: h.store.db, env: h.env });
});
afterAll(async () => {
  await app.close();
  await h.close();
});

it("GET shows a confirmation and unsubscribes nothing; the one-click POST unsubscribes", async () => {
  const { subscription } = await addSubscription(h.store, { email: "reader@example.org", platform: "Facebook" });
  const token = signUnsubscribeToken(subscription.subscriptionId, TEST_SECRET);
  const url = `/unsubscribe?token=${token}`;

  const page = await app.inject({ method: "GET", url });
  expect(page.statusCode).toBe(200);
  expect(page.headers["content-type"]).toMatch(/text\/html/);
  expect(page.headers["cache-control"]).toBe("no-store");
  expect(page.body).toContain('<form method="post"');
  expect(page.body).toContain("reader@example.org");
  expect(await readSubscription(h.store, subscription.subscriptionId)).not.toBeNull();

  const post = await app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "List-Unsubscribe=One-Click",
  });
  expect(post.statusCode).toBe(200);
  expect(await readSubscription(h.store, subscription.subscriptionId)).toBeNull();
  const events = await h.store.readStream(`subscription-${subscription.subscriptionId}`);
  expect(events.at(-1)).toMatchObject({ type: "SubscriptionRemoved", data: { reason: "unsubscribe-link" } });

  // A second click is harmless; the page then says so.
  expect(
    (
      await app.inject({
        method: "POST",
        url,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "List-Unsubscribe=One-Click",
      })
    ).statusCode,
  ).toBe(200);
  expect((await h.store.readStream(`subscription-${subscription.subscriptionId}`)).length).toBe(events.length);
  expect((await app.inject({ method: "GET", url })).body).toContain("Already unsubscribed");
});

it("accepts a multipart one-click POST", async () => {
  const { subscription } = await addSubscription(h.store, { email: "multipart@example.org" });
  const boundary = "----pushback";
  const response = await app.inject({
    method: "POST",
    url: `/unsubscribe?token=${signUnsubscribeToken(subscription.subscriptionId, TEST_SECRET)}`,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
  });
  expect(response.statusCode).toBe(200);
  expect(await readSubscription(h.store, subscription.subscriptionId)).toBeNull();
});

it("refuses forged and foreign tokens", async () => {
  const { subscription } = await addSubscription(h.store, { email: "safe@example.org" });
  const forged = signUnsubscribeToken(subscription.subscriptionId, "another-secret-of-enough-length");
  for (const token of [forged, "garbage", `${forged}x`]) {
    const response = await app.inject({
      method: "POST",
      url: `/unsubscribe?token=${encodeURIComponent(token)}`,
      payload: "",
    });
    expect(response.statusCode).toBe(400);
  }
  expect((await app.inject({ method: "GET", url: "/unsubscribe" })).statusCode).toBe(400);
  expect(await readSubscription(h.store, subscription.subscriptionId)).not.toBeNull();
});
