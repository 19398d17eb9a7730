import { loadEnv } from "@pushback/config";
import { type Database, openDatabase as open } from "@pushback/runtime";
import { serviceMigrations } from "./migrations.ts";

/** The database named by DATABASE_URL, for CLI commands. */
export function openDatabase(): Promise<Database> {
  return open(loadEnv().DATABASE_URL, { applicationName: "pushback-cli", max: 4, migrations: serviceMigrations });
}
