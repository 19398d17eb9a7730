// Loopback benchmark of the notifier: N subscribers with mixed filters, S stories, C contradictions.
// Measures how fast the reactor queues the outbox and the sender delivers it to a local SMTP server,
// and checks exactly-once: every (subscriber, contradiction) match is in exactly one AlertSent.
// Usage: npm run bench:notifier [-- subscribers stories contradictions]
import { performance } from "node:perf_hooks";
import { createLogger } from "@pushback/runtime";
import { addSubscription } from "../src/subscriptions/subscriptions.ts";
import { createNotifierHarness, seedContradiction, seedStory } from "../src/testSupport/notifierHarness.ts";

const [subscribers = 100, stories = 20, contradictions = 400] = process.argv.slice(2).map(Number);
const governments = ["Kazakhstan", "Nigeria", "India", "Vietnam", "Russia"];
const platforms = ["Facebook", "Twitter", "WhatsApp", "Telegram"];

const h = await createNotifierHarness("notifier_bench", { PUSHBACK_ALERT_GROUP_SECONDS: "0" });
try {
  for (let i = 0; i < subscribers; i++) {
    const kind = i % 4;
    await addSubscription(h.store, {
      email: `reader${i}@example.org`,
      government: kind === 1 ? governments[i % governments.length]! : null,
      platform: kind === 2 ? platforms[i % platforms.length]! : null,
      storyId: kind === 3 ? `bench-${i % stories}` : null,
    });
  }
  for (let s = 0; s < stories; s++) {
    await seedStory(h.store, {
      storyId: `bench-${s}`,
      title: `Story ${s}`,
      governments: [governments[s % governments.length]!],
      platforms: [platforms[s % platforms.length]!],
    });
  }
  for (let c = 0; c < contradictions; c++) {
    const s = c % stories;
    await seedContradiction(h.store, {
      storyId: `bench-${s}`,
      contradictionId: `bench-c${c}`,
      claimParty: governments[s % governments.length]!,
      responseParty: platforms[s % platforms.length]!,
    });
  }
  const notifier = h.start({ pollMs: 3_600_000 });
  let started = performance.now();
  await notifier.reactor.whenCaughtUp(120_000);
  const reactorMs = performance.now() - started;
  const queued = await h.store.db
    .selectFrom("notifier.outbox" as any)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  started = performance.now();
  await notifier.sendDue();
  while (
    (
      await h.store.db
        .selectFrom("notifier.alerts" as any)
        .select("alert_id")
        .where("status", "=", "queued")
        .execute()
    ).length > 0
  ) {
    await notifier.sendDue();
  }
  const senderMs = performance.now() - started;
  const sent = await h.store.db.selectFrom("events").select("data").where("type", "=", "AlertSent").execute();
  const pairs = sent.flatMap((e) =>
    (e.data as { subscriptionId: string; contradictionIds: string[] }).contradictionIds.map(
      (c) => `${(e.data as { subscriptionId: string }).subscriptionId}/${c}`,
    ),
  );
  const distinct = new Set(pairs).size;
  const result = {
    subscribers,
    stories,
    contradictions,
    outboxRows: Number(queued.n),
    reactorMs: Math.round(reactorMs),
    contradictionsPerSecond: Math.round((contradictions / reactorMs) * 1000),
    emails: h.smtp.accepted().length,
    alertSentEvents: sent.length,
    senderMs: Math.round(senderMs),
    emailsPerSecond: Math.round((h.smtp.accepted().length / senderMs) * 1000),
    matchedPairs: pairs.length,
    duplicatePairs: pairs.length - distinct,
    exactlyOnce:
      pairs.length === Number(queued.n) && distinct === pairs.length && sent.length === h.smtp.accepted().length,
  };
  createLogger("info", "bench");
  console.log(JSON.stringify(result, null, 2));
} finally {
  await h.close();
}
