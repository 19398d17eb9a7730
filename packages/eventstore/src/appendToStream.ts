import { type Kysely, sql } from "kysely";
import type { EventStoreDatabase } from "./database.ts";
import { ConcurrencyError } from "./errors.ts";
import { type ExpectedVersion, versionMatches } from "./expectedVersion.ts";
import type { NewEvent } from "./recordedEvent.ts";
import { inTransaction, type StoreContext } from "./storeContext.ts";

export interface AppendRequest {
  streamId: string;
  events: NewEvent[];
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version (its number of events) after the append. */
  nextVersion: number;
  /** Global positions of the events written by this call, in order. */
  globalPositions: number[];
  /** Events skipped because their ids were already stored (an idempotent retry). */
  alreadyStored: number;
}

const UNIQUE_VIOLATION = "23505";

/** Appends events to one stream. See `appendToStreams`. */
export async function appendToStream(
  context: StoreContext,
  streamId: string,
  events: NewEvent[],
  options: { expectedVersion?: ExpectedVersion } = {},
): Promise<AppendResult> {
  const [result] = await appendToStreams(context, [{ streamId, events, ...options }]);
  return result as AppendResult;
}

/**
 * Appends to several streams in one transaction (all or nothing).
 * Events whose ids are already stored are skipped; when all of a request's events are stored,
 * the request succeeds without writing, whatever its expected version (KurrentDB's idempotency).
 */
export async function appendToStreams(context: StoreContext, requests: AppendRequest[]): Promise<AppendResult[]> {
  const encoded = requests.map((request) => ({
    ...request,
    rows: request.events.map((event) => {
      const { data, schemaVersion } = context.catalogue.encode(event.type, event.data);
      return {
        id: event.id,
        type: event.type,
        data,
        metadata: { ...event.metadata, schemaVersion },
      };
    }),
  }));
  // Lock streams in one order so that two multi-stream appends cannot deadlock.
  const order = encoded.map((_, index) => index).sort((a, b) => compare(encoded[a]!.streamId, encoded[b]!.streamId));
  const attempt = () =>
    inTransaction(context.db, async (trx) => {
      const results: AppendResult[] = new Array(requests.length);
      for (const index of order) {
        const request = encoded[index]!;
        results[index] = await appendLocked(trx, request.streamId, request.rows, request.expectedVersion ?? "any");
      }
      return results;
    });
  try {
    return await attempt();
  } catch (error) {
    // A concurrent writer stored one of our ids in another stream first: once it has committed,
    // a second attempt sees the id and skips it. Inside a caller's transaction we cannot retry.
    if (isEventIdConflict(error) && !context.db.isTransaction) return attempt();
    throw error;
  }
}

interface EncodedRow {
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

async function appendLocked(
  trx: Kysely<EventStoreDatabase>,
  streamId: string,
  rows: EncodedRow[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  // Upserting the stream row locks it until commit: writers to one stream queue here.
  const locked = await sql<{ version: number }>`
    insert into streams (stream_id, version) values (${streamId}, 0)
    on conflict (stream_id) do update set version = streams.version
    returning version`.execute(trx);
  const version = Number(locked.rows[0]!.version);
  if (rows.length === 0) {
    if (!versionMatches(expected, version)) throw new ConcurrencyError(streamId, expected, version);
    return { streamId, nextVersion: version, globalPositions: [], alreadyStored: 0 };
  }
  // postgres.js serialises a jsonb parameter itself: pass the array, not a string.
  const payload = rows;
  if (!versionMatches(expected, version)) {
    const stored = await sql<{ count: number }>`
      select count(*)::int as count from events
      where event_id in (select (e->>'id')::uuid from jsonb_array_elements(${payload}::jsonb) as e)`.execute(trx);
    if (stored.rows[0]!.count === rows.length) {
      return { streamId, nextVersion: version, globalPositions: [], alreadyStored: rows.length };
    }
    throw new ConcurrencyError(streamId, expected, version);
  }
  const inserted = await sql<{ global_position: number }>`
    with input as (
      select (e.value->>'id')::uuid as event_id, e.value->>'type' as type,
             e.value->'data' as data, e.value->'metadata' as metadata, e.ordinality
      from jsonb_array_elements(${payload}::jsonb) with ordinality as e
    ), fresh as (
      select input.*, row_number() over (order by input.ordinality) as n
      from input
      where not exists (select 1 from events where events.event_id = input.event_id)
    )
    insert into events (event_id, stream_id, stream_position, type, data, metadata)
    select event_id, ${streamId}, ${version} + n, type, data, metadata from fresh order by n
    returning global_position`.execute(trx);
  const written = inserted.rows.length;
  if (written > 0) {
    await sql`update streams set version = ${version + written} where stream_id = ${streamId}`.execute(trx);
  }
  return {
    streamId,
    nextVersion: version + written,
    globalPositions: inserted.rows.map((row) => Number(row.global_position)),
    alreadyStored: rows.length - written,
  };
}

function isEventIdConflict(error: unknown): boolean {
  const e = error as { code?: string; constraint_name?: string; constraint?: string };
  return e?.code === UNIQUE_VIOLATION && (e.constraint_name ?? e.constraint) === "events_event_id_key";
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
