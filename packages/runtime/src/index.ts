export { applicationMigrations } from "./migrations.ts";
export { type Database, openDatabase, ServiceUnavailableError } from "./openDatabase.ts";
