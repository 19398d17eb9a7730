import { type Kysely, sql } from "kysely";
import type { EventStoreDatabase } from "../database.ts";
import type { Checkpoint, RecordedEvent } from "../recordedEvent.ts";
import { advanceCheckpoint, CheckpointConflictError } from "./checkpoints.ts";
import type { Processor } from "./processorDefinition.ts";
import type { Generation } from "./projectionGenerations.ts";

/** Which checkpoint a batch advances, and for projectors which generation's tables it writes. */
export interface BatchTarget {
  checkpointKey: string;
  generation?: Generation;
  /** Live runners confirm the generation is still live (a rebuild may have switched it). */
  requireLiveGeneration?: boolean;
}

export class GenerationSwitchedError extends Error {
  override readonly name = "GenerationSwitchedError";
}

export interface BatchOptions {
  owner: string;
  maxAttempts: number;
  retryDelayMs: number;
  onParked?: (event: RecordedEvent, error: unknown) => void;
  /** Errors that are an outage, not a bad event (Redis down): retried until they pass, never parked. */
  isOutage?: (error: unknown) => boolean;
  /** Ends an outage's retries when the processor is stopping. */
  isStopping?: () => boolean;
}

export class ProcessorStoppingError extends Error {
  override readonly name = "ProcessorStoppingError";
}

const MAX_OUTAGE_DELAY_MS = 30_000;

/**
 * Applies events and advances the checkpoint in one transaction. When a handler fails, the events
 * are retried one at a time; an event that still fails after `maxAttempts` is parked (recorded in
 * `parked_events`) and the checkpoint moves past it, so one bad event neither stalls nor vanishes.
 * Returns the new checkpoint.
 */
export async function applyBatch(
  db: Kysely<EventStoreDatabase>,
  processor: Processor,
  target: BatchTarget,
  from: Checkpoint,
  events: RecordedEvent[],
  options: BatchOptions,
): Promise<Checkpoint> {
  try {
    return await applyInTransaction(db, processor, target, from, events, options.owner);
  } catch (error) {
    if (error instanceof CheckpointConflictError || error instanceof GenerationSwitchedError) throw error;
    if (events.length === 1) return retryOrPark(db, processor, target, from, events[0]!, options, error);
  }
  let checkpoint = from;
  for (const event of events) {
    checkpoint = await retryOrPark(db, processor, target, checkpoint, event, options, undefined);
  }
  return checkpoint;
}

async function retryOrPark(
  db: Kysely<EventStoreDatabase>,
  processor: Processor,
  target: BatchTarget,
  from: Checkpoint,
  event: RecordedEvent,
  options: BatchOptions,
  firstError: unknown,
): Promise<Checkpoint> {
  let lastError = firstError;
  const alreadyTried = firstError === undefined ? 0 : 1;
  const outage = (error: unknown) => error !== undefined && (options.isOutage?.(error) ?? false);
  for (let attempt = alreadyTried; attempt < options.maxAttempts || outage(lastError); attempt++) {
    if (options.isStopping?.()) throw new ProcessorStoppingError("stopping during retries");
    if (attempt > 0) await sleep(Math.min(options.retryDelayMs * 2 ** (attempt - 1), MAX_OUTAGE_DELAY_MS));
    try {
      return await applyInTransaction(db, processor, target, from, [event], options.owner);
    } catch (error) {
      if (error instanceof CheckpointConflictError || error instanceof GenerationSwitchedError) throw error;
      lastError = error;
    }
  }
  const to = positionOf(event);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("parked_events")
      .values({
        processor: target.checkpointKey,
        global_position: event.globalPosition,
        event_id: event.id,
        event_type: event.type,
        error: describe(lastError),
        attempts: options.maxAttempts,
      })
      .onConflict((oc) => oc.columns(["processor", "global_position"]).doNothing())
      .execute();
    await advanceCheckpoint(trx, target.checkpointKey, from, to, 0, options.owner);
  });
  options.onParked?.(event, lastError);
  return to;
}

async function applyInTransaction(
  db: Kysely<EventStoreDatabase>,
  processor: Processor,
  target: BatchTarget,
  from: Checkpoint,
  events: RecordedEvent[],
  owner: string,
): Promise<Checkpoint> {
  const to = positionOf(events[events.length - 1]!);
  await db.transaction().execute(async (trx) => {
    if (processor.kind === "projector") {
      const generation = target.generation!;
      if (target.requireLiveGeneration) {
        // Shares the registry row with a rebuild's switch: a batch never lands in a retired generation.
        const live = await sql<{ active_generation: number }>`
          select active_generation from projections where name = ${processor.name} for share`.execute(trx);
        if (live.rows[0]?.active_generation !== generation.generation) throw new GenerationSwitchedError();
      }
      const context = { db: trx.withSchema(generation.schema) as Kysely<any>, trx, schema: generation.schema };
      if (processor.handleBatch) await processor.handleBatch(events, context);
      else for (const event of events) await processor.handle(event, context);
    } else {
      for (const event of events) await processor.handle(event, { trx });
    }
    await advanceCheckpoint(trx, target.checkpointKey, from, to, events.length, owner);
  });
  return to;
}

function positionOf(event: RecordedEvent): Checkpoint {
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
