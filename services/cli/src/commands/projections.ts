import { rebuildProjection } from "@pushback/eventstore";
import { allProjectors, projectorNamed } from "@pushback/projections";
import { openEventStore } from "@pushback/runtime";
import type { Command } from "commander";
import { sql } from "kysely";
import { openDatabase } from "../openDatabase.ts";

export function registerProjectionCommands(program: Command): void {
  const projections = program.command("projections").description("read models built from the event log");

  projections
    .command("list")
    .description("each projection's live generation, version and lag")
    .action(async () => {
      const database = await openDatabase();
      try {
        await database.migrate();
        const rows = await sql<{
          name: string;
          active_generation: number;
          active_version: number;
          building_generation: number | null;
          events_handled: number | null;
          lag: number | null;
        }>`
          select p.name, p.active_generation, p.active_version, p.building_generation, c.events_handled,
                 (select count(*)::int from events e
                   where (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)) as lag
          from projections p
          left join processor_checkpoints c on c.processor = p.name || '@' || p.active_generation
          order by p.name`.execute(database.db);
        const known = new Map(rows.rows.map((row) => [row.name, row]));
        for (const projector of allProjectors) {
          const row = known.get(projector.name);
          if (!row) {
            console.log(`${projector.name}\tnot started (code version ${projector.version})`);
            continue;
          }
          const stale = row.active_version !== projector.version ? `  (code is v${projector.version}: rebuild it)` : "";
          const building = row.building_generation ? `  building g${row.building_generation}` : "";
          console.log(
            `${row.name}\tg${row.active_generation} v${row.active_version}\thandled ${row.events_handled ?? 0}\tlag ${row.lag ?? 0}${building}${stale}`,
          );
        }
      } finally {
        await database.close();
      }
    });

  projections
    .command("rebuild")
    .argument("<name>", "projection to rebuild")
    .description("replay the log into a new generation beside the live one, then switch atomically")
    .action(async (name: string) => {
      const projector = projectorNamed(name);
      const database = await openDatabase();
      try {
        await database.migrate();
        const result = await rebuildProjection(openEventStore(database), projector, {
          onProgress: (events) => process.stderr.write(`\rreplayed ${events} events`),
        });
        process.stderr.write("\n");
        console.log(
          `rebuilt ${result.name}: g${result.fromGeneration} -> g${result.toGeneration}, ${result.events} events in ${Math.round(result.millis)} ms`,
        );
      } finally {
        await database.close();
      }
    });
}
