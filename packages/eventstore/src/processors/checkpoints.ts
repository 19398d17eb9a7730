import { type Kysely, sql } from "kysely";
import type { EventStoreDatabase } from "../database.ts";
import type { Checkpoint } from "../recordedEvent.ts";

/** Creates the checkpoint row when missing and returns where the processor stands. */
export async function loadCheckpoint(
  db: Kysely<EventStoreDatabase>,
  processor: string,
  initial: Checkpoint,
): Promise<Checkpoint> {
  await db
    .insertInto("processor_checkpoints")
    .values({
      processor,
      transaction_id: initial.transactionId,
      global_position: initial.globalPosition,
      events_handled: 0,
    })
    .onConflict((oc) => oc.column("processor").doNothing())
    .execute();
  const row = await db
    .selectFrom("processor_checkpoints")
    .select([sql<string>`transaction_id::text`.as("transaction_id"), "global_position"])
    .where("processor", "=", processor)
    .executeTakeFirstOrThrow();
  return { transactionId: row.transaction_id, globalPosition: Number(row.global_position) };
}

export class CheckpointConflictError extends Error {
  override readonly name = "CheckpointConflictError";
  constructor(readonly processor: string) {
    super(`checkpoint of ${processor} moved under us: another instance is running`);
  }
}

/**
 * Moves the checkpoint from `from` to `to` only if it still stands at `from` (compare-and-set),
 * in the caller's transaction, so the batch's writes and its checkpoint commit together.
 */
export async function advanceCheckpoint(
  trx: Kysely<EventStoreDatabase>,
  processor: string,
  from: Checkpoint,
  to: Checkpoint,
  handled: number,
  owner: string,
): Promise<void> {
  const result = await sql`
    update processor_checkpoints
    set transaction_id = ${to.transactionId}::xid8, global_position = ${to.globalPosition},
        events_handled = events_handled + ${handled}, owner = ${owner},
        heartbeat_at = now(), updated_at = now()
    where processor = ${processor}
      and transaction_id = ${from.transactionId}::xid8 and global_position = ${from.globalPosition}`.execute(trx);
  if (Number(result.numAffectedRows ?? 0) !== 1) throw new CheckpointConflictError(processor);
}
