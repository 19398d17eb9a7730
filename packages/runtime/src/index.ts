export { createLogger, type Logger } from "./logger.ts";
export { applicationMigrations } from "./migrations.ts";
export { type Database, openDatabase, ServiceUnavailableError } from "./openDatabase.ts";
export { openEventStore, type PushbackStore } from "./openEventStore.ts";
