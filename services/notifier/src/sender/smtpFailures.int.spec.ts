import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { addSubscription, removeSubscription } from "../subscriptions/subscriptions.ts";
import {
  createNotifierHarness,
  flush,
  type NotifierHarness,
  seedContradiction,
  seedStory,
} from "../testSupport/notifierHarness.ts";
import { notifierRegistry } from "./metrics.ts";

let h: NotifierHarness;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_smtp", { PUSHBACK_ALERT_MAX_ATTEMPTS: "3" });
  await seedStory(h.store, {
    storyId: "kz-f",
    title: "Kazakhstan and Facebook",
    governments: ["Kazakhstan"],
    platforms: ["Facebook"],
  });
});
afterAll(() => h.close());
afterEach(() => h.stopAll());

async function metric(name: string): Promise<number> {
  const found = (await notifierRegistry.getMetricsAsJSON()).find((m) => m.name === name);
  return (found?.values ?? []).reduce((sum, v) => sum + v.value, 0);
}

it("retries while the server is down or answers 451, then delivers once", async () => {
  const { store, smtp } = h;
  const { subscription } = await addSubscription(store, { email: "retry@example.org" });
  const sentBefore = await metric("alerts_sent_total");
  const notifier = h.start();
  await smtp.close(); // connection refused
  await seedContradiction(store, { storyId: "kz-f", contradictionId: "down-1" });
  await flush(h, notifier);
  expect(smtp.received).toHaveLength(0);

  await smtp.listen();
  smtp.behaviour = "tempfail";
  h.clock.advance(1_000); // first back-off: 1 s
  await notifier.sendDue();
  expect(smtp.received).toHaveLength(1);
  expect(smtp.accepted()).toHaveLength(0);

  smtp.behaviour = "accept";
  await notifier.sendDue(); // too early: the next back-off is 2 s
  expect(smtp.received).toHaveLength(1);
  h.clock.advance(2_000);
  await notifier.sendDue();
  h.clock.advance(60_000);
  await notifier.sendDue();
  expect(smtp.accepted()).toHaveLength(1);
  // The retry carried the same Message-ID as the refused attempt.
  expect(smtp.received[1]!.mail.messageId).toBe(smtp.received[0]!.mail.messageId);
  const events = await store.readStream(`alerts-${subscription.subscriptionId}`);
  expect(events.map((e) => e.type)).toEqual(["AlertSent"]);
  expect(await metric("alerts_sent_total")).toBe(sentBefore + 1);
  expect(await metric("alert_attempts_failed_total")).toBeGreaterThanOrEqual(2);
  await removeSubscription(store, subscription.subscriptionId, "user");
});

it("gives up after PUSHBACK_ALERT_MAX_ATTEMPTS, records AlertFailed and counts it", async () => {
  const { store, smtp } = h;
  const { subscription } = await addSubscription(store, {
    email: "fail@example.org",
    storyId: "kz-f",
    mode: "immediate",
  });
  const failedBefore = await metric("alerts_failed_total");
  const notifier = h.start();
  smtp.behaviour = "tempfail";
  await seedContradiction(store, { storyId: "kz-f", contradictionId: "fail-1" });
  await flush(h, notifier);
  for (let i = 0; i < 5; i++) {
    h.clock.advance(60_000);
    await notifier.sendDue();
  }
  const mine = smtp.received.filter((m) => m.rcptTo.includes("fail@example.org"));
  expect(mine).toHaveLength(3);
  const events = await store.readStream(`alerts-${subscription.subscriptionId}`);
  expect(events.map((e) => e.type)).toEqual(["AlertFailed"]);
  expect(events[0]!.data).toMatchObject({ attempts: 3, contradictionIds: ["fail-1"] });
  expect((events[0]!.data as { error: string }).error).toMatch(/451/);
  expect(await metric("alerts_failed_total")).toBe(failedBefore + 1);
  smtp.behaviour = "accept";
});
