import { sql } from "kysely";
import { defineProjector } from "../processors/processorDefinition.ts";
import type { TestEvent } from "./testStore.ts";

/** Counts events per stream and sums their amounts; rows per event make double-application visible. */
export function countingProjector(
  options: { name?: string; version?: number; failOn?: (amount: number) => boolean } = {},
) {
  return defineProjector<TestEvent, any>({
    name: options.name ?? "counting",
    version: options.version ?? 1,
    async setup(db, schema) {
      await sql`create table ${sql.id(schema, "totals")} (stream_id text primary key, events int not null, amount bigint not null)`.execute(
        db,
      );
      await sql`create table ${sql.id(schema, "seen")} (event_id uuid primary key, applied int not null)`.execute(db);
    },
    async handle(event, { db }) {
      if (event.type !== "Counted") return;
      if (options.failOn?.(event.data.amount)) throw new Error(`refusing amount ${event.data.amount}`);
      await db
        .insertInto("totals")
        .values({ stream_id: event.streamId, events: 1, amount: event.data.amount })
        .onConflict((oc: any) =>
          oc.column("stream_id").doUpdateSet({
            events: sql`totals.events + 1`,
            amount: sql`totals.amount + excluded.amount`,
          }),
        )
        .execute();
      await db
        .insertInto("seen")
        .values({ event_id: event.id, applied: 1 })
        .onConflict((oc: any) => oc.column("event_id").doUpdateSet({ applied: sql`seen.applied + 1` }))
        .execute();
    },
  });
}
