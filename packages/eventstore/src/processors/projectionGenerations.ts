import { type Kysely, sql } from "kysely";
import type { EventStoreDatabase } from "../database.ts";
import { START } from "../recordedEvent.ts";
import type { Projector } from "./processorDefinition.ts";

/** Where one generation of a projection lives, and the checkpoint that tracks it. */
export interface Generation {
  generation: number;
  schema: string;
  checkpointKey: string;
}

export function generationOf(name: string, generation: number): Generation {
  return { generation, schema: `${name}_g${generation}`, checkpointKey: `${name}@${generation}` };
}

/** Registers the projection with its first generation when it has none; returns the live one. */
export async function ensureProjection(db: Kysely<EventStoreDatabase>, projector: Projector): Promise<Generation> {
  return db.transaction().execute(async (trx) => {
    // Serialise first-time creation between instances starting together.
    await sql`select pg_advisory_xact_lock(hashtextextended(${`pushback:projection:${projector.name}`}, 0))`.execute(
      trx,
    );
    const row = await trx
      .selectFrom("projections")
      .select("active_generation")
      .where("name", "=", projector.name)
      .executeTakeFirst();
    if (row) return generationOf(projector.name, row.active_generation);
    const first = await createGeneration(trx, projector, 1);
    await trx
      .insertInto("projections")
      .values({
        name: projector.name,
        active_generation: 1,
        active_version: projector.version,
        building_generation: null,
      })
      .execute();
    await pointReadViewsAt(trx, projector, first);
    return first;
  });
}

/** A fresh, empty generation: its schema, its tables, and a checkpoint at the start of the log. */
export async function createGeneration(
  trx: Kysely<EventStoreDatabase>,
  projector: Projector,
  generation: number,
): Promise<Generation> {
  const target = generationOf(projector.name, generation);
  await sql`drop schema if exists ${sql.id(target.schema)} cascade`.execute(trx);
  await sql`create schema ${sql.id(target.schema)}`.execute(trx);
  await projector.setup(trx, target.schema);
  await trx.deleteFrom("processor_checkpoints").where("processor", "=", target.checkpointKey).execute();
  await trx
    .insertInto("processor_checkpoints")
    .values({
      processor: target.checkpointKey,
      transaction_id: START.transactionId,
      global_position: START.globalPosition,
      events_handled: 0,
    })
    .execute();
  return target;
}

/**
 * Readers query `<name>.<table>`: views over the live generation's tables. Re-pointing them is
 * DDL inside the caller's transaction, so readers switch from one generation to the next atomically.
 */
export async function pointReadViewsAt(
  trx: Kysely<EventStoreDatabase>,
  projector: Projector,
  target: Generation,
): Promise<void> {
  await sql`drop schema if exists ${sql.id(projector.name)} cascade`.execute(trx);
  await sql`create schema ${sql.id(projector.name)}`.execute(trx);
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = ${target.schema} and table_type = 'BASE TABLE' order by table_name`.execute(trx);
  for (const { table_name } of tables.rows) {
    await sql`create view ${sql.id(projector.name, table_name)} as select * from ${sql.id(target.schema, table_name)}`.execute(
      trx,
    );
  }
  await projector.afterSwitch?.(trx);
}
