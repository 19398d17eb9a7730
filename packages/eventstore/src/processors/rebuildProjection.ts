import { sql } from "kysely";
import type { EventStore } from "../eventStore.ts";
import { START } from "../recordedEvent.ts";
import { holdAdvisoryLock } from "./advisoryLock.ts";
import { applyBatch } from "./applyBatch.ts";
import type { Projector } from "./processorDefinition.ts";
import { createGeneration, ensureProjection, generationOf, pointReadViewsAt } from "./projectionGenerations.ts";

export interface RebuildResult {
  name: string;
  fromGeneration: number;
  toGeneration: number;
  events: number;
  millis: number;
}

/**
 * Blue/green rebuild: replays the whole log into a new generation while the live one keeps
 * serving and updating, then re-points the read views in one transaction and drops the old
 * generation. Events appended after the switch are picked up by the live runner on the new
 * generation's checkpoint, so nothing is missed between the last replayed batch and the switch.
 */
export async function rebuildProjection(
  store: EventStore<any>,
  projector: Projector<any>,
  options: { batchSize?: number; onProgress?: (events: number) => void } = {},
): Promise<RebuildResult> {
  if (projector.kind !== "projector") throw new Error(`only projectors can be rebuilt: ${projector.name} is a reactor`);
  const started = performance.now();
  const lock = await holdAdvisoryLock(store.sql, `pushback:rebuild:${projector.name}`);
  if (!lock) throw new Error(`a rebuild of ${projector.name} is already running`);
  try {
    const live = await ensureProjection(store.db, projector);
    const next = await store.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("projections")
        .select(["active_generation", "building_generation"])
        .where("name", "=", projector.name)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const generation = Math.max(row.active_generation, row.building_generation ?? 0) + 1;
      if (row.building_generation !== null) await dropGeneration(trx, projector.name, row.building_generation);
      const created = await createGeneration(trx, projector, generation);
      await trx
        .updateTable("projections")
        .set({ building_generation: generation })
        .where("name", "=", projector.name)
        .execute();
      return created;
    });

    let checkpoint = START;
    let events = 0;
    for (;;) {
      const batch = await store.readAll(
        checkpoint,
        options.batchSize ?? 1000,
        projector.dataOf ? { dataOf: projector.dataOf } : {},
      );
      if (batch.length === 0) break;
      checkpoint = await applyBatch(
        store.db,
        projector,
        { checkpointKey: next.checkpointKey, generation: next },
        checkpoint,
        batch,
        {
          owner: `rebuild:${process.pid}`,
          maxAttempts: 3,
          retryDelayMs: 50,
        },
      );
      events += batch.length;
      options.onProgress?.(events);
    }

    const retired = await store.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("projections")
        .select("active_generation")
        .where("name", "=", projector.name)
        .forUpdate()
        .executeTakeFirstOrThrow();
      await trx
        .updateTable("projections")
        .set({
          active_generation: next.generation,
          active_version: projector.version,
          building_generation: null,
          switched_at: sql`now()`,
        })
        .where("name", "=", projector.name)
        .execute();
      await pointReadViewsAt(trx, projector, next);
      return row.active_generation;
    });
    await store.db.transaction().execute((trx) => dropGeneration(trx, projector.name, retired));
    return {
      name: projector.name,
      fromGeneration: live.generation,
      toGeneration: next.generation,
      events,
      millis: performance.now() - started,
    };
  } finally {
    await lock.release();
  }
}

async function dropGeneration(trx: EventStore["db"], name: string, generation: number): Promise<void> {
  const old = generationOf(name, generation);
  await sql`drop schema if exists ${sql.id(old.schema)} cascade`.execute(trx);
  await trx.deleteFrom("processor_checkpoints").where("processor", "=", old.checkpointKey).execute();
}
