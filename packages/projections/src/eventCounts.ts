import { defineProjector } from "@pushback/eventstore";
import { sql } from "kysely";

export interface EventCountsTables {
  daily: { day: string; type: string; events: number };
}

/**
 * Events per type per day (UTC): the pipeline's pulse, for `pushback status` and dashboards.
 * Aggregates each batch in memory and writes one upsert, so replays run at scan speed.
 */
export const eventCounts = defineProjector<{ type: string; data: unknown }, EventCountsTables>({
  name: "event_counts",
  version: 1,
  // Counts read only the type and time: no event data crosses the wire.
  dataOf: [],
  async setup(db, schema) {
    await sql`
      create table ${sql.id(schema, "daily")} (
        day date not null,
        type text not null,
        events integer not null,
        primary key (day, type)
      )`.execute(db);
  },
  async handle(event, context) {
    await eventCounts.handleBatch!([event], context);
  },
  async handleBatch(events, { db }) {
    const counts = new Map<string, { day: string; type: string; events: number }>();
    for (const event of events) {
      const day = event.createdAt.toISOString().slice(0, 10);
      const key = `${day}|${event.type}`;
      const row = counts.get(key) ?? { day, type: event.type, events: 0 };
      row.events++;
      counts.set(key, row);
    }
    await db
      .insertInto("daily")
      .values([...counts.values()])
      .onConflict((oc) => oc.columns(["day", "type"]).doUpdateSet({ events: sql`daily.events + excluded.events` }))
      .execute();
  },
});
