import {
  connectPostgres,
  createDatabaseIfMissing,
  createKysely,
  type EventStoreDatabase,
  migrateToLatest,
  redact,
  type Sql,
} from "@pushback/eventstore";
import type { Kysely, Migration } from "kysely";
import { applicationMigrations } from "./migrations.ts";

export interface Database {
  sql: Sql;
  db: Kysely<EventStoreDatabase>;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export class ServiceUnavailableError extends Error {
  override readonly name = "ServiceUnavailableError";
}

/**
 * Connects to DATABASE_URL, creating the database when missing. `migrations` adds the tables of
 * services (which packages cannot import) to the shared ones. When Postgres cannot be reached
 * the error says where we looked and how to start one.
 */
export async function openDatabase(
  url: string,
  options: { applicationName?: string; max?: number; migrations?: Record<string, Migration> } = {},
): Promise<Database> {
  try {
    await createDatabaseIfMissing(url);
  } catch (error) {
    throw new ServiceUnavailableError(
      `cannot reach Postgres at ${redact(url)} (${describe(error)}). ` +
        "Start one with `docker compose up -d postgres`, or set DATABASE_URL.",
      { cause: error },
    );
  }
  const sql = connectPostgres(url, options);
  const db = createKysely<EventStoreDatabase>(sql);
  return {
    sql,
    db,
    async migrate() {
      const result = await migrateToLatest(db, { ...applicationMigrations, ...options.migrations });
      return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
    },
    close: () => db.destroy(),
  };
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return e?.code ? `${e.code}: ${e.message}` : String(e?.message ?? error);
}
