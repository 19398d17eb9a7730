import type { EventCatalogue } from "./catalogue.ts";
import type { RecordedEvent } from "./recordedEvent.ts";

export interface EventRow {
  global_position: number;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  stream_position: number;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  created_at: Date;
}

/** Maps a stored row to an event, upcasting its data to the current schema version. */
export function toRecordedEvent(catalogue: EventCatalogue, row: EventRow): RecordedEvent {
  const schemaVersion = Number(row.metadata.schemaVersion ?? 1);
  return {
    id: row.event_id,
    type: row.type,
    // Data left out by the reader (see readAll's dataOf) is not upcast.
    data: row.data === null ? null : catalogue.decode(row.type, row.data, schemaVersion),
    streamId: row.stream_id,
    streamPosition: Number(row.stream_position),
    globalPosition: Number(row.global_position),
    transactionId: String(row.transaction_id),
    metadata: { ...row.metadata, schemaVersion },
    createdAt: row.created_at,
  };
}

export const EVENT_COLUMNS = [
  "global_position",
  "transaction_id",
  "event_id",
  "stream_id",
  "stream_position",
  "type",
  "data",
  "metadata",
  "created_at",
] as const;
