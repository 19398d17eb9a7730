import { ConcurrencyError } from "./errors.ts";
import { type ExpectedVersion, versionMatches } from "./expectedVersion.ts";
import type { NewEvent } from "./recordedEvent.ts";
import { kyselyExecutor, runInPostgresTransaction, type SqlExecutor } from "./sqlExecutor.ts";
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
  const appendAll = (optimistic: boolean) => async (execute: SqlExecutor) => {
    const results: AppendResult[] = new Array(requests.length);
    for (const index of order) {
      const request = encoded[index]!;
      const expected = request.expectedVersion ?? "any";
      results[index] = optimistic
        ? await appendOptimistically(execute, request.streamId, request.rows, expected)
        : await appendLocked(execute, request.streamId, request.rows, expected);
    }
    return results;
  };
  // Inside a caller's transaction we write through it; otherwise in a transaction of our own,
  // straight on postgres.js (appends are the hot path: no query builder, prepared statements).
  const attempt = async () => {
    if (context.db.isTransaction || !context.sql) {
      return inTransaction(context.db, (trx) => appendAll(false)(kyselyExecutor(trx)));
    }
    try {
      return await runInPostgresTransaction(context.sql, appendAll(true));
    } catch (error) {
      if (!(error instanceof NotTheCommonCase)) throw error;
      return runInPostgresTransaction(context.sql, appendAll(false));
    }
  };
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

/** The optimistic path met a version mismatch or a stored id: its transaction is rolled back. */
class NotTheCommonCase extends Error {}

/**
 * The common case in one round trip: lock the stream, insert every event at the positions after
 * its version, and move the version, pipelined; the expected version and the absence of stored
 * ids are checked after. Anything unusual throws, the transaction rolls back, and the careful path
 * (appendLocked) runs instead.
 */
async function appendOptimistically(
  execute: SqlExecutor,
  streamId: string,
  rows: EncodedRow[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  if (rows.length === 0) throw new NotTheCommonCase();
  const values: string[] = [];
  const params: unknown[] = [streamId];
  rows.forEach((row, index) => {
    const at = 2 + index * 4;
    values.push(`($${at}::uuid, ${index + 1}, $${at + 1}, $${at + 2}::jsonb, $${at + 3}::jsonb)`);
    params.push(row.id, row.type, row.data, row.metadata);
  });
  const [locked, inserted] = await Promise.all([
    execute<{ version: number }>(
      `insert into streams (stream_id, version) values ($1, 0)
       on conflict (stream_id) do update set version = streams.version returning version`,
      [streamId],
    ),
    execute<{ global_position: number }>(
      `insert into events (event_id, stream_id, stream_position, type, data, metadata)
       select v.event_id, s.stream_id, s.version + v.n, v.type, v.data, v.metadata
       from streams s, (values ${values.join(", ")}) as v(event_id, n, type, data, metadata)
       where s.stream_id = $1
       on conflict (event_id) do nothing returning global_position`,
      params,
    ),
    execute("update streams set version = version + $2 where stream_id = $1", [streamId, rows.length]),
  ]);
  const version = Number(locked[0]!.version);
  if (!versionMatches(expected, version) || inserted.length !== rows.length) throw new NotTheCommonCase();
  return {
    streamId,
    nextVersion: version + rows.length,
    globalPositions: inserted.map((row) => Number(row.global_position)).sort((a, b) => a - b),
    alreadyStored: 0,
  };
}

async function appendLocked(
  execute: SqlExecutor,
  streamId: string,
  rows: EncodedRow[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  // Upserting the stream row locks it until commit: writers to one stream queue here.
  const [locked] = await execute<{ version: number }>(
    `insert into streams (stream_id, version) values ($1, 0)
     on conflict (stream_id) do update set version = streams.version returning version`,
    [streamId],
  );
  const version = Number(locked!.version);
  const ids = rows.map((row) => row.id);
  if (!versionMatches(expected, version)) {
    // A retry of an append that already happened succeeds without writing (KurrentDB's idempotency).
    const [stored] = await execute<{ count: number }>(
      "select count(*)::int as count from events where event_id = any($1::uuid[])",
      [ids],
    );
    if (rows.length > 0 && stored!.count === rows.length) {
      return { streamId, nextVersion: version, globalPositions: [], alreadyStored: rows.length };
    }
    throw new ConcurrencyError(streamId, expected, version);
  }
  if (rows.length === 0) return { streamId, nextVersion: version, globalPositions: [], alreadyStored: 0 };
  // The common case, one multi-row insert: every event is new.
  const inserted = await insertRows(execute, streamId, version, rows, true);
  if (inserted.length === rows.length) return finish(execute, streamId, version, inserted, 0);
  // Some ids were stored already (a retried job): take our rows back and append only the new ones,
  // so that stream positions stay contiguous.
  if (inserted.length > 0) {
    await execute("delete from events where global_position = any($1::bigint[])", [
      inserted.map((row) => row.global_position),
    ]);
  }
  const stored = new Set(
    (
      await execute<{ id: string }>("select event_id::text as id from events where event_id = any($1::uuid[])", [ids])
    ).map((row) => row.id),
  );
  const fresh = rows.filter((row) => !stored.has(row.id));
  const written = fresh.length ? await insertRows(execute, streamId, version, fresh, false) : [];
  return finish(execute, streamId, version, written, rows.length - fresh.length);
}

const COLUMNS = 6;

async function insertRows(
  execute: SqlExecutor,
  streamId: string,
  version: number,
  rows: EncodedRow[],
  skipStored: boolean,
): Promise<{ global_position: number }[]> {
  const values: string[] = [];
  const params: unknown[] = [];
  rows.forEach((row, index) => {
    const at = index * COLUMNS;
    values.push(`($${at + 1}::uuid, $${at + 2}, $${at + 3}::bigint, $${at + 4}, $${at + 5}::jsonb, $${at + 6}::jsonb)`);
    // postgres.js encodes jsonb parameters itself: data and metadata go as plain values.
    params.push(row.id, streamId, version + index + 1, row.type, row.data, row.metadata);
  });
  return execute<{ global_position: number }>(
    `insert into events (event_id, stream_id, stream_position, type, data, metadata) values ${values.join(", ")}
     ${skipStored ? "on conflict (event_id) do nothing" : ""} returning global_position`,
    params,
  );
}

async function finish(
  execute: SqlExecutor,
  streamId: string,
  version: number,
  written: { global_position: number }[],
  alreadyStored: number,
): Promise<AppendResult> {
  if (written.length > 0) {
    await execute("update streams set version = $1 where stream_id = $2", [version + written.length, streamId]);
  }
  return {
    streamId,
    nextVersion: version + written.length,
    globalPositions: written.map((row) => Number(row.global_position)),
    alreadyStored,
  };
}

function isEventIdConflict(error: unknown): boolean {
  const e = error as { code?: string; constraint_name?: string; constraint?: string };
  return e?.code === UNIQUE_VIOLATION && (e.constraint_name ?? e.constraint) === "events_event_id_key";
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
