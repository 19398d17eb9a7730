import type { ColumnType, Generated } from "kysely";

/** Postgres `bigint` columns come back as JS numbers (see connect.ts); positions stay far below 2^53. */
type BigIntColumn = ColumnType<number, number | bigint | string, number | bigint | string>;

/** `xid8` values travel as decimal strings: they can exceed 2^53 on a long-lived cluster. */
type Xid8Column = ColumnType<string, string | undefined, string>;

export interface EventsTable {
  global_position: Generated<number>;
  transaction_id: Generated<string>;
  event_id: string;
  stream_id: string;
  stream_position: BigIntColumn;
  type: string;
  /** postgres.js encodes jsonb parameters itself: write plain values, not JSON strings. */
  data: ColumnType<unknown, unknown, unknown>;
  metadata: ColumnType<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>;
  created_at: Generated<Date>;
}

export interface StreamsTable {
  stream_id: string;
  version: BigIntColumn;
}

export interface ProcessorCheckpointsTable {
  processor: string;
  transaction_id: Xid8Column;
  global_position: BigIntColumn;
  events_handled: BigIntColumn;
  owner: string | null;
  heartbeat_at: Date | null;
  updated_at: Generated<Date>;
}

export interface ParkedEventsTable {
  processor: string;
  global_position: BigIntColumn;
  event_id: string;
  event_type: string;
  error: string;
  attempts: number;
  parked_at: Generated<Date>;
}

export interface ProjectionsTable {
  name: string;
  active_generation: number;
  active_version: number;
  building_generation: number | null;
  switched_at: Generated<Date>;
}

/** The event store's own tables, for Kysely's type checking. */
export interface EventStoreDatabase {
  events: EventsTable;
  streams: StreamsTable;
  processor_checkpoints: ProcessorCheckpointsTable;
  parked_events: ParkedEventsTable;
  projections: ProjectionsTable;
}
