import { type Kysely, sql } from "kysely";

/**
 * The notifier's state (@pushback/notifier), written only by its reactor and sender: the
 * subscriptions and stories it matches against, and the outbox of alerts (one row per
 * subscription and contradiction) with the emails (`alerts`) that carry them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create schema if not exists notifier`.execute(db);
  await sql`
    create table notifier.subscriptions (
      subscription_id text primary key,
      email text not null,
      government text,
      platform text,
      story_id text,
      mode text not null,
      timezone text not null,
      active boolean not null default true
    )`.execute(db);
  await sql`
    create table notifier.stories (
      story_id text primary key,
      title text not null,
      governments text[] not null,
      platforms text[] not null,
      -- stories merged into this one, and the story this one was merged into
      aliases text[] not null default '{}',
      merged_into text
    )`.execute(db);
  await sql`create table notifier.claim_quotes (claim_id text primary key, quote jsonb not null)`.execute(db);
  await sql`
    create table notifier.alerts (
      alert_id text primary key,
      subscription_id text not null,
      status text not null check (status in ('queued', 'sending', 'sent', 'failed', 'cancelled')),
      attempt_id text,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      last_error text,
      message_id text not null,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`create index on notifier.alerts (next_attempt_at) where status = 'queued'`.execute(db);
  await sql`
    create table notifier.outbox (
      subscription_id text not null,
      contradiction_id text not null,
      story_id text not null,
      item jsonb not null,
      queued_at timestamptz not null,
      status text not null default 'pending' check (status in ('pending', 'assigned', 'cancelled')),
      alert_id text references notifier.alerts,
      primary key (subscription_id, contradiction_id)
    )`.execute(db);
  await sql`create index on notifier.outbox (subscription_id, queued_at) where status = 'pending'`.execute(db);
  await sql`create index on notifier.outbox (alert_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop schema if exists notifier cascade`.execute(db);
}
