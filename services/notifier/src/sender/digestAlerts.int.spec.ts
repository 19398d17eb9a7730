import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { addSubscription } from "../subscriptions/subscriptions.ts";
import {
  createNotifierHarness,
  type NotifierHarness,
  seedContradiction,
  seedStory,
} from "../testSupport/notifierHarness.ts";

let h: NotifierHarness;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_digest");
});
afterAll(() => h.close());
afterEach(() => h.stopAll());

it("a daily digest rolls up a day's contradictions into one email at 08:00 local time", async () => {
  const { store, clock } = h;
  // Asia/Tokyo: 08:00 local is 23:00 UTC the day before.
  clock.set("2026-03-10T00:30:00Z"); // 09:30 in Tokyo: just past today's digest
  await addSubscription(store, { email: "daily@example.org", mode: "daily", timezone: "Asia/Tokyo" });
  await addSubscription(store, { email: "now@example.org" });
  await seedStory(store, {
    storyId: "kz-d",
    title: "Kazakhstan and Facebook",
    governments: ["Kazakhstan"],
    platforms: ["Facebook"],
  });
  const notifier = h.start();

  const times = ["2026-03-10T01:00:00Z", "2026-03-10T09:00:00Z", "2026-03-10T20:00:00Z"];
  for (const [i, time] of times.entries()) {
    clock.set(time);
    await seedContradiction(store, {
      storyId: "kz-d",
      contradictionId: `digest-${i}`,
      responseParty: i === 1 ? "Facebook" : "Meta",
    });
    await notifier.reactor.whenCaughtUp();
    clock.advance(61_000);
    await notifier.sendDue();
  }
  // The immediate subscriber had three emails; the digest subscriber none yet.
  const to = (address: string) => h.smtp.accepted().filter((m) => m.rcptTo.includes(address));
  expect(to("now@example.org")).toHaveLength(3);
  expect(to("daily@example.org")).toHaveLength(0);

  clock.set("2026-03-10T22:59:59Z");
  await notifier.sendDue();
  expect(to("daily@example.org")).toHaveLength(0);

  clock.set("2026-03-10T23:00:00Z");
  await notifier.sendDue();
  const digests = to("daily@example.org");
  expect(digests).toHaveLength(1);
  const mail = digests[0]!.mail;
  expect(mail.subject).toMatch(/^3 new contradictions: /);
  expect(mail.text).toMatch(/^Your daily digest: 3 new contradictions\./);
  for (const i of [0, 1, 2]) expect(mail.text).toContain(`https://news.example.com/digest-${i}`);

  // The next day brings nothing more until something new arrives.
  clock.set("2026-03-11T23:00:00Z");
  await notifier.sendDue();
  expect(to("daily@example.org")).toHaveLength(1);
});
