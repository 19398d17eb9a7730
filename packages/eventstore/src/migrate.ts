import { type Kysely, type Migration, type MigrationResultSet, Migrator } from "kysely";
import * as eventStore001 from "./migrations/001_eventStore.ts";

/** The event store's migrations, keyed so that other packages' migrations sort after them. */
export const eventStoreMigrations: Record<string, Migration> = {
  "0001_eventstore_001": eventStore001,
};

/**
 * Runs every pending migration. Kysely's Postgres adapter holds an advisory lock for the run,
 * so services that start together migrate once and the others wait.
 * `extra` lets other packages add their own migrations (names sort after `0001_`).
 */
export async function migrateToLatest(
  db: Kysely<any>,
  extra: Record<string, Migration> = {},
): Promise<MigrationResultSet> {
  const migrations = { ...eventStoreMigrations, ...extra };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
