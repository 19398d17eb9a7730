import type { Kysely } from "kysely";
import { type AppendRequest, type AppendResult, appendToStream, appendToStreams } from "./appendToStream.ts";
import type { EventCatalogue, EventDefinitions, EventUnion } from "./catalogue.ts";
import { createKysely, type Sql } from "./connect.ts";
import type { EventStoreDatabase } from "./database.ts";
import type { ExpectedVersion } from "./expectedVersion.ts";
import { type ReadAllOptions, readAll, readHead, readReadableHead } from "./readAll.ts";
import { type ReadStreamOptions, readStream } from "./readStream.ts";
import type { Checkpoint, NewEvent, RecordedEvent } from "./recordedEvent.ts";
import type { StoreContext } from "./storeContext.ts";

type AnyEvent = { type: string; data: unknown };

/** The event store bound to one catalogue, so that appends and reads are typed by its union. */
export interface EventStore<E extends AnyEvent = AnyEvent> {
  readonly sql: Sql;
  readonly db: Kysely<EventStoreDatabase>;
  readonly catalogue: EventCatalogue;
  append(
    streamId: string,
    events: NewEvent<E>[],
    options?: { expectedVersion?: ExpectedVersion },
  ): Promise<AppendResult>;
  appendMany(requests: (AppendRequest & { events: NewEvent<E>[] })[]): Promise<AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent<E>[]>;
  readAll(after: Checkpoint, limit?: number, options?: ReadAllOptions): Promise<RecordedEvent<E>[]>;
  /** The log's last event, readable or not: what "caught up" means. */
  readHead(): Promise<Checkpoint | null>;
  /** The last event readAll can return now: where a reader "from now on" starts. */
  readReadableHead(): Promise<Checkpoint | null>;
  /** The same store bound to an open transaction (the caller's writes and ours commit together). */
  inTransaction(trx: Kysely<any>): EventStore<E>;
  /** Runs `work` in a new transaction with a store bound to it. */
  transaction<T>(work: (store: EventStore<E>) => Promise<T>): Promise<T>;
}

export interface CreateEventStoreOptions<D extends EventDefinitions> {
  sql: Sql;
  catalogue: EventCatalogue<D>;
  /** An existing Kysely over the same pool; one is made when absent. */
  db?: Kysely<any>;
}

export function createEventStore<D extends EventDefinitions>(
  options: CreateEventStoreOptions<D>,
): EventStore<EventUnion<D>> {
  const db = (options.db ?? createKysely<EventStoreDatabase>(options.sql)) as Kysely<EventStoreDatabase>;
  return bind<EventUnion<D>>(options.sql, db, options.catalogue as EventCatalogue);
}

function bind<E extends AnyEvent>(sql: Sql, db: Kysely<EventStoreDatabase>, catalogue: EventCatalogue): EventStore<E> {
  const context: StoreContext = { db, catalogue, sql };
  const store: EventStore<E> = {
    sql,
    db,
    catalogue,
    append: (streamId, events, options) => appendToStream(context, streamId, events as NewEvent[], options),
    appendMany: (requests) => appendToStreams(context, requests),
    readStream: async (streamId, options) => (await readStream(context, streamId, options)) as RecordedEvent<E>[],
    readAll: async (after, limit, options) => (await readAll(context, after, limit, options)) as RecordedEvent<E>[],
    readHead: () => readHead(context),
    readReadableHead: () => readReadableHead(context),
    inTransaction: (trx) => bind<E>(sql, trx as Kysely<EventStoreDatabase>, catalogue),
    transaction: (work) => db.transaction().execute((trx) => work(bind<E>(sql, trx, catalogue))),
  };
  return store;
}
