import type { Command } from "commander";
import { sql } from "kysely";
import { openDatabase } from "../openDatabase.ts";

export function registerDbCommands(program: Command): void {
  const db = program.command("db").description("database administration");
  db.command("migrate")
    .description("create the database if missing and apply every pending migration")
    .action(async () => {
      const database = await openDatabase();
      try {
        const applied = await database.migrate();
        process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "database is up to date\n");
      } finally {
        await database.close();
      }
    });
  db.command("after-restore")
    .description("re-base transaction ids after a logical restore, keeping every checkpoint's place")
    .action(async () => {
      const database = await openDatabase();
      try {
        // A restored cluster hands out xids below the stored ones; put every stored event and every
        // checkpoint on xid 1 so that order falls back to global_position and new events sort after.
        const result = await database.db.transaction().execute(async (trx) => {
          const events = await sql`update events set transaction_id = '1' where transaction_id <> '1'`.execute(trx);
          const checkpoints = await sql`
            update processor_checkpoints set transaction_id = '1' where transaction_id <> '0'`.execute(trx);
          return { events: Number(events.numAffectedRows), checkpoints: Number(checkpoints.numAffectedRows) };
        });
        process.stdout.write(`re-based ${result.events} events and ${result.checkpoints} checkpoints\n`);
      } finally {
        await database.close();
      }
    });
}
