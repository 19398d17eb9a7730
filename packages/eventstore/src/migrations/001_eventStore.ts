import { type Kysely, sql } from "kysely";

/** The event log, stream versions, processor checkpoints, parked events and projection registry. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table events (
      global_position bigserial primary key,
      -- the writing transaction: readers order by (transaction_id, global_position) and stop
      -- below the oldest running transaction, so a late commit is never skipped
      transaction_id xid8 not null default pg_current_xact_id(),
      event_id uuid not null unique,
      stream_id text not null,
      stream_position bigint not null,
      type text not null,
      data jsonb not null,
      metadata jsonb not null,
      created_at timestamptz not null default now(),
      unique (stream_id, stream_position)
    )`.execute(db);
  await sql`create index events_transaction_order on events (transaction_id, global_position)`.execute(db);
  await sql`
    create table streams (
      stream_id text primary key,
      version bigint not null
    )`.execute(db);
  await sql`
    create table processor_checkpoints (
      processor text primary key,
      transaction_id xid8 not null default '0',
      global_position bigint not null default 0,
      events_handled bigint not null default 0,
      owner text,
      heartbeat_at timestamptz,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table parked_events (
      processor text not null,
      global_position bigint not null,
      event_id uuid not null,
      event_type text not null,
      error text not null,
      attempts integer not null,
      parked_at timestamptz not null default now(),
      primary key (processor, global_position)
    )`.execute(db);
  await sql`
    create table projections (
      name text primary key,
      active_generation integer not null,
      active_version integer not null,
      building_generation integer,
      switched_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["projections", "parked_events", "processor_checkpoints", "streams", "events"]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
