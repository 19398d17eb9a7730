import { loadEnv } from "@pushback/config";
import { type Database, openDatabase as open, openEventStore, type PushbackStore } from "@pushback/runtime";
import { serviceMigrations } from "./migrations.ts";

/** The database named by DATABASE_URL, for CLI commands. */
export function openDatabase(): Promise<Database> {
  return open(loadEnv().DATABASE_URL, { applicationName: "pushback-cli", max: 4, migrations: serviceMigrations });
}

/** Runs `work` with the event store of a migrated database, closing it after. */
export async function withStore<T>(work: (store: PushbackStore) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    await database.migrate();
    return await work(openEventStore(database));
  } finally {
    await database.close();
  }
}
