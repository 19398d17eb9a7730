import type { Command } from "commander";
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
}
