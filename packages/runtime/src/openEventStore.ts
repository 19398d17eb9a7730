import { type PushbackEvent, pushbackEvents } from "@pushback/events";
import { createEventStore, type EventStore } from "@pushback/eventstore";
import type { Database } from "./openDatabase.ts";

export type PushbackStore = EventStore<PushbackEvent>;

/** The event store over an open database, typed by Pushback's catalogue. */
export function openEventStore(database: Database): PushbackStore {
  return createEventStore({ sql: database.sql, db: database.db, catalogue: pushbackEvents });
}
