import { eventId, runProcessor } from "@pushback/eventstore";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { NotifierTables } from "../notifierTables.ts";
import { addSubscription } from "../subscriptions/subscriptions.ts";
import {
  createNotifierHarness,
  type NotifierHarness,
  seedClaim,
  seedContradiction,
  seedEvidence,
  seedStory,
} from "../testSupport/notifierHarness.ts";
import { alertReactor } from "./alertReactor.ts";

let h: NotifierHarness;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_reactor");
});
afterAll(() => h.close());

const outbox = () =>
  (h.store.db as unknown as Kysely<NotifierTables>)
    .selectFrom("notifier.outbox")
    .innerJoin("notifier.subscriptions", "notifier.subscriptions.subscription_id", "notifier.outbox.subscription_id")
    .select(["email", "contradiction_id", "item"])
    .orderBy("email")
    .orderBy("contradiction_id")
    .execute();

it("queues one row per match, follows merged stories, snapshots the claim quote, ignores evidence", async () => {
  const { store } = h;
  await addSubscription(store, { email: "merged@example.org", storyId: "story-b" });
  await addSubscription(store, { email: "tg@example.org", platform: "Telegram" });
  await seedStory(store, {
    storyId: "story-a",
    title: "Facebook access",
    governments: ["Kazakhstan"],
    platforms: ["Facebook"],
  });
  await seedStory(store, {
    storyId: "story-b",
    title: "Telegram access",
    governments: ["Kazakhstan"],
    platforms: ["Telegram"],
  });
  await seedClaim(store, {
    storyId: "story-a",
    claimId: "claim-a",
    text: "We agreed it with the regional office.",
    party: "Kazakhstan",
    speaker: "Aida Balayeva",
  });
  await store.append("story-story-a", [
    {
      id: eventId("test:merge:b-into-a"),
      type: "StoriesMerged",
      data: { storyId: "story-a", mergedStoryId: "story-b", reason: "same matter" },
    },
  ]);
  await seedContradiction(store, { storyId: "story-a", contradictionId: "after-merge", claimId: "claim-a" });
  await seedEvidence(store, "story-a", "after-merge", 1);
  await seedContradiction(store, { storyId: "story-a", contradictionId: "after-merge", claimId: "claim-a" }); // redelivered: same id

  const reactor = runProcessor(store, alertReactor(h.clock.now));
  await reactor.whenCaughtUp();
  await reactor.stop();

  const rows = await outbox();
  // The story-b subscriber follows the merge; the Telegram subscriber matches through story-b's platforms.
  expect(rows.map((r) => [r.email, r.contradiction_id])).toEqual([
    ["merged@example.org", "after-merge"],
    ["tg@example.org", "after-merge"],
  ]);
  expect(rows[0]!.item).toMatchObject({
    storyId: "story-a",
    storyTitle: "Facebook access",
    claim: {
      claimId: "claim-a",
      quote: { text: "We agreed it with the regional office.", speaker: { name: "Aida Balayeva" } },
    },
    response: { party: "Meta", outlet: "Reuters" },
  });
});
