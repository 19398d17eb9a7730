import { type Kysely, sql } from "kysely";

/**
 * Partial indexes for the few queries that read events by type instead of by stream or position:
 * the feed registry and `pushback status`, story merges for `asOf`, subscriptions and alert
 * records, and the worker's orphaned-discovery sweep. Partial, so an append pays for them only when
 * it writes one of these (rare) types: the per-article events the pipeline appends by the thousand
 * do not touch the first index, and only discoveries touch the second.
 */
export const rareEventTypes = [
  "FeedAdded",
  "FeedRemoved",
  "FeedFetchFailed",
  "StoriesMerged",
  "SubscriptionCreated",
  "SubscriptionRemoved",
  "AlertSent",
  "AlertFailed",
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = sql.join(rareEventTypes.map((t) => sql.lit(t)));
  await sql`create index if not exists events_rare_types on events (type, global_position) where type in (${types})`.execute(
    db,
  );
  await sql`create index if not exists events_discoveries on events (created_at) where type = 'FeedItemDiscovered'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists events_discoveries`.execute(db);
  await sql`drop index if exists events_rare_types`.execute(db);
}
