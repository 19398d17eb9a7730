import type { Kysely } from "kysely";
import type { RecordedEvent } from "../recordedEvent.ts";

type AnyEvent = { type: string; data: unknown };

export interface ProjectorContext<DB> {
  /** The projection's tables, in the generation being written (live or rebuilding). */
  db: Kysely<DB>;
  /** The batch transaction, unscoped, for reading other tables. */
  trx: Kysely<any>;
  /** The generation schema, e.g. `story_views_g2`. */
  schema: string;
}

/**
 * A projector builds read tables from events. It may be dropped and rebuilt by replay at any time,
 * so its handler must have no side effects beyond its own tables.
 */
export interface Projector<E extends AnyEvent = AnyEvent, DB = any> {
  kind: "projector";
  /**
   * The event types whose data the handler reads. Other events still reach it, with `data: null`,
   * so that its checkpoint passes them. All types when absent.
   */
  dataOf?: readonly string[];
  /** A lowercase SQL identifier; also the schema that readers query (`<name>.<table>`). */
  name: string;
  /** Bump when the handler or tables change; the running version is shown by `projections list`. */
  version: number;
  /** Creates the projection's tables in `schema` (a fresh generation). */
  setup(db: Kysely<any>, schema: string): Promise<void>;
  handle(event: RecordedEvent<E>, context: ProjectorContext<DB>): Promise<void>;
  /**
   * Optional: handles a whole batch at once (e.g. aggregate in memory, then one statement), which
   * replaces `handle` for batches. Replays of large logs are where this pays.
   */
  handleBatch?(events: RecordedEvent<E>[], context: ProjectorContext<DB>): Promise<void>;
  /** Runs inside the switch transaction after the read views point at a new generation. */
  afterSwitch?(trx: Kysely<any>): Promise<void>;
}

export interface ReactorContext {
  /** The batch transaction: writes here commit together with the checkpoint (an outbox). */
  trx: Kysely<any>;
}

/**
 * A reactor causes effects (emails, jobs, further events). It is never rebuilt: its checkpoint
 * only moves forward, so a replay of projections never re-fires it.
 */
export interface Reactor<E extends AnyEvent = AnyEvent> {
  kind: "reactor";
  /** As for projectors: the event types whose data the handler reads. */
  dataOf?: readonly string[];
  name: string;
  /** Where a reactor that has never run starts: the whole log, or only events after its start. */
  startFrom?: "beginning" | "now";
  handle(event: RecordedEvent<E>, context: ReactorContext): Promise<void>;
}

export type Processor<E extends AnyEvent = AnyEvent> = Projector<E> | Reactor<E>;

export function defineProjector<E extends AnyEvent, DB>(projector: Omit<Projector<E, DB>, "kind">): Projector<E, DB> {
  assertIdentifier(projector.name);
  return { kind: "projector", ...projector };
}

export function defineReactor<E extends AnyEvent>(reactor: Omit<Reactor<E>, "kind">): Reactor<E> {
  return { kind: "reactor", ...reactor };
}

export function assertIdentifier(name: string): void {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(name)) {
    throw new Error(`projection name "${name}" must be a lowercase SQL identifier`);
  }
}
