import { type AlertItem, matchesSubscription, type QuoteSnapshot } from "@pushback/alerts";
import type { EventData, PushbackEvent } from "@pushback/events";
import { defineReactor, type Reactor, type RecordedEvent } from "@pushback/eventstore";
import { type Kysely, type Selectable, sql } from "kysely";
import type { NotifierTables } from "../notifierTables.ts";

export const ALERT_REACTOR = "notifier";

/**
 * The notifier's reactor. It keeps its own subscriptions, stories and claim quotes from the log,
 * and on ContradictionDetected queues one outbox row per matching subscription, keyed by
 * (subscription, contradiction) and written through the batch transaction: the rows commit with
 * the checkpoint, so a crash neither loses nor doubles them. A reactor is never rebuilt, so a
 * projection rebuild sends nothing. ContradictionEvidenceAdded is ignored: it never re-alerts.
 */
export function alertReactor(clock: () => Date = () => new Date()): Reactor<PushbackEvent> {
  return defineReactor<PushbackEvent>({
    name: ALERT_REACTOR,
    startFrom: "beginning",
    dataOf: [
      "SubscriptionCreated",
      "SubscriptionRemoved",
      "StoryOpened",
      "StoriesMerged",
      "StatementRecorded",
      "ContradictionDetected",
    ],
    async handle(event, { trx }) {
      const db = trx as Kysely<NotifierTables>;
      switch (event.type) {
        case "SubscriptionCreated": {
          const d = event.data;
          const row = {
            email: d.email,
            government: d.filters.government,
            platform: d.filters.platform,
            story_id: d.filters.storyId,
            mode: d.mode,
            timezone: d.timezone,
            active: true,
          };
          await db
            .insertInto("notifier.subscriptions")
            .values({ subscription_id: d.subscriptionId, ...row })
            .onConflict((oc) => oc.column("subscription_id").doUpdateSet(row))
            .execute();
          return;
        }
        case "SubscriptionRemoved":
          await db
            .updateTable("notifier.subscriptions")
            .set({ active: false })
            .where("subscription_id", "=", event.data.subscriptionId)
            .execute();
          // What was waiting for the grouping window or the digest is not sent any more.
          await db
            .updateTable("notifier.outbox")
            .set({ status: "cancelled" })
            .where("subscription_id", "=", event.data.subscriptionId)
            .where("status", "=", "pending")
            .execute();
          return;
        case "StoryOpened": {
          const d = event.data;
          await db
            .insertInto("notifier.stories")
            .values({
              story_id: d.storyId,
              title: d.title,
              governments: d.governments,
              platforms: d.platforms,
              merged_into: null,
            })
            .onConflict((oc) => oc.column("story_id").doNothing())
            .execute();
          return;
        }
        case "StoriesMerged":
          await mergeStories(db, event.data.storyId, event.data.mergedStoryId);
          return;
        case "StatementRecorded": {
          const d = event.data;
          if (d.stance !== "claim" || !d.claimId) return;
          await db
            .insertInto("notifier.claim_quotes")
            .values({ claim_id: d.claimId, quote: snapshot(d, d.party) })
            .onConflict((oc) => oc.column("claim_id").doNothing())
            .execute();
          return;
        }
        case "ContradictionDetected":
          await queueAlerts(
            db,
            event as RecordedEvent<Extract<PushbackEvent, { type: "ContradictionDetected" }>>,
            clock(),
          );
          return;
        default:
          return;
      }
    },
  });
}

function snapshot(
  source: {
    text: string;
    speaker: QuoteSnapshot["speaker"];
    outlet: string;
    url: string;
    title: string | null;
    publishedAt: string | null;
  },
  party: string,
): QuoteSnapshot {
  return {
    text: source.text,
    party,
    speaker: source.speaker,
    outlet: source.outlet,
    url: source.url,
    title: source.title,
    publishedAt: source.publishedAt,
  };
}

/** The survivor takes the merged story's governments, platforms and names. */
async function mergeStories(db: Kysely<NotifierTables>, survivorId: string, mergedId: string): Promise<void> {
  const merged = await db
    .selectFrom("notifier.stories")
    .selectAll()
    .where("story_id", "=", mergedId)
    .executeTakeFirst();
  const union = (column: string, extra: string[]) =>
    sql<string[]>`array(select distinct unnest(${sql.ref(column)} || ${extra}::text[]))`;
  await db
    .updateTable("notifier.stories")
    .set({
      governments: union("governments", merged?.governments ?? []),
      platforms: union("platforms", merged?.platforms ?? []),
      aliases: union("aliases", [mergedId, ...(merged?.aliases ?? [])]),
    })
    .where("story_id", "=", survivorId)
    .execute();
  await db.updateTable("notifier.stories").set({ merged_into: survivorId }).where("story_id", "=", mergedId).execute();
}

/** The story a contradiction belongs to, with what every story merged with it contributes. */
async function storyContext(db: Kysely<NotifierTables>, storyId: string) {
  const seen = new Map<string, Selectable<NotifierTables["notifier.stories"]>>();
  let next: string | null = storyId;
  // Follow merged_into to the surviving story (a few hops at most; the bound guards a cycle).
  while (next && !seen.has(next) && seen.size < 10) {
    const row = await db.selectFrom("notifier.stories").selectAll().where("story_id", "=", next).executeTakeFirst();
    if (!row) break;
    seen.set(next, row);
    next = row.merged_into;
  }
  const rows = [...seen.values()];
  const distinct = (values: string[]) => [...new Set(values)];
  return {
    title: rows[0]?.title ?? null,
    storyIds: distinct([storyId, ...rows.flatMap((row) => [row.story_id, ...row.aliases])]),
    governments: distinct(rows.flatMap((row) => row.governments)),
    platforms: distinct(rows.flatMap((row) => row.platforms)),
  };
}

async function queueAlerts(
  db: Kysely<NotifierTables>,
  event: RecordedEvent<{ type: "ContradictionDetected"; data: EventData<"ContradictionDetected"> }>,
  queuedAt: Date,
): Promise<void> {
  const d = event.data;
  const story = await storyContext(db, d.storyId);
  const target = {
    storyIds: story.storyIds,
    governments: story.governments,
    platforms: story.platforms,
    claimParty: d.claim.party,
    responseParty: d.response.party,
  };
  const subscriptions = await db.selectFrom("notifier.subscriptions").selectAll().where("active", "=", true).execute();
  const matching = subscriptions.filter((s) =>
    matchesSubscription({ government: s.government, platform: s.platform, storyId: s.story_id }, target),
  );
  if (matching.length === 0) return;
  const claimQuote = await db
    .selectFrom("notifier.claim_quotes")
    .select("quote")
    .where("claim_id", "=", d.claim.claimId)
    .executeTakeFirst();
  const item: AlertItem = {
    contradictionId: d.contradictionId,
    storyId: d.storyId,
    storyTitle: story.title,
    type: d.type,
    claim: { ...d.claim, quote: claimQuote?.quote ?? null },
    response: snapshot(d.response, d.response.party),
    queuedAt: queuedAt.toISOString(),
  };
  await db
    .insertInto("notifier.outbox")
    .values(
      matching.map((s) => ({
        subscription_id: s.subscription_id,
        contradiction_id: d.contradictionId,
        story_id: d.storyId,
        item,
        queued_at: queuedAt,
        alert_id: null,
      })),
    )
    // Keyed by (subscription, contradiction): a redelivered event queues nothing new.
    .onConflict((oc) => oc.columns(["subscription_id", "contradiction_id"]).doNothing())
    .execute();
}
