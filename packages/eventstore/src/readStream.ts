import type { RecordedEvent } from "./recordedEvent.ts";
import type { StoreContext } from "./storeContext.ts";
import { EVENT_COLUMNS, type EventRow, toRecordedEvent } from "./toRecordedEvent.ts";

export interface ReadStreamOptions {
  /** First stream position to read (positions start at 1). */
  from?: number;
  /** Last stream position to read, inclusive. */
  to?: number;
}

/** The events of one stream in stream order, optionally a slice of positions. */
export async function readStream(
  context: StoreContext,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  let query = context.db
    .selectFrom("events")
    .select([...EVENT_COLUMNS])
    .where("stream_id", "=", streamId)
    .orderBy("stream_position");
  if (options.from !== undefined) query = query.where("stream_position", ">=", options.from);
  if (options.to !== undefined) query = query.where("stream_position", "<=", options.to);
  const rows = (await query.execute()) as EventRow[];
  return rows.map((row) => toRecordedEvent(context.catalogue, row));
}
