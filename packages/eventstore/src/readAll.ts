import { sql } from "kysely";
import type { Checkpoint, RecordedEvent } from "./recordedEvent.ts";
import type { StoreContext } from "./storeContext.ts";
import { type EventRow, toRecordedEvent } from "./toRecordedEvent.ts";

/**
 * Reads the global log after `after`, in commit-safe order.
 *
 * Positions alone are unsafe: a transaction can commit position 11 before another commits 10.
 * So events are ordered by (writing transaction, position) and only transactions older than the
 * oldest still running are read: those can no longer gain events. One statement, one snapshot.
 */
export async function readAll(
  context: StoreContext,
  after: Checkpoint,
  limit = 1000,
  options: ReadAllOptions = {},
): Promise<RecordedEvent[]> {
  // Every event is returned (a reader's checkpoint must pass them all), but the data of types
  // the reader does not handle stays in Postgres: article bodies are most of the log's bytes.
  const wanted = options.dataOf ?? null;
  const result = await sql<EventRow>`
    select global_position, transaction_id::text as transaction_id, event_id, stream_id, stream_position, type,
           case when ${wanted}::text[] is null or type = any(${wanted}::text[]) then data end as data,
           metadata, created_at
    from events
    where transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      and (transaction_id, global_position) > (${after.transactionId}::xid8, ${after.globalPosition}::bigint)
    order by events.transaction_id, events.global_position
    limit ${limit}`.execute(context.db);
  return result.rows.map((row) => toRecordedEvent(context.catalogue, row));
}

export interface ReadAllOptions {
  /** Types whose data is wanted; other events come with `data: null`. All types when absent. */
  dataOf?: readonly string[];
}

/**
 * The last event of the log in read order, whether or not it is readable yet: what a caller waits
 * for ("has everything appended so far been processed?").
 */
export function readHead(context: StoreContext): Promise<Checkpoint | null> {
  return lastEvent(context, false);
}

/**
 * The last event `readAll` can return now. A reader that starts "from now on" starts here: starting
 * at `readHead` would skip, forever, the events of older transactions still running (or, when any
 * transaction anywhere holds back the snapshot, events that are committed but not yet readable).
 */
export function readReadableHead(context: StoreContext): Promise<Checkpoint | null> {
  return lastEvent(context, true);
}

async function lastEvent(context: StoreContext, readableOnly: boolean): Promise<Checkpoint | null> {
  const result = await sql<{ transaction_id: string; global_position: number }>`
    select transaction_id::text as transaction_id, global_position from events
    where not ${readableOnly} or transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    order by events.transaction_id desc, events.global_position desc limit 1`.execute(context.db);
  const row = result.rows[0];
  return row ? { transactionId: row.transaction_id, globalPosition: Number(row.global_position) } : null;
}
