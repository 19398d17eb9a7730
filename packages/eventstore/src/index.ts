// Public surface of @pushback/eventstore, for other packages only: files inside this package
// import each other directly, never through this barrel.
export { type AppendRequest, type AppendResult, appendToStream, appendToStreams } from "./appendToStream.ts";
export {
  defineEvents,
  type EventCatalogue,
  type EventDefinition,
  type EventDefinitions,
  type EventUnion,
} from "./catalogue.ts";
export { connectPostgres, createKysely, type Sql } from "./connect.ts";
export { createDatabaseIfMissing, redact } from "./createDatabase.ts";
export type { EventStoreDatabase } from "./database.ts";
export { ConcurrencyError, EventSchemaError } from "./errors.ts";
export { eventId } from "./eventId.ts";
export { createEventStore, type EventStore } from "./eventStore.ts";
export type { ExpectedVersion } from "./expectedVersion.ts";
export { eventStoreMigrations, migrateToLatest } from "./migrate.ts";
export { holdAdvisoryLock } from "./processors/advisoryLock.ts";
export {
  defineProjector,
  defineReactor,
  type Processor,
  type Projector,
  type ProjectorContext,
  type Reactor,
  type ReactorContext,
} from "./processors/processorDefinition.ts";
export { ensureProjection } from "./processors/projectionGenerations.ts";
export { type ProcessorStatus, readProcessorStatus } from "./processors/readProcessorStatus.ts";
export { type RebuildResult, rebuildProjection } from "./processors/rebuildProjection.ts";
export { type ProcessorHandle, type RunProcessorOptions, runProcessor } from "./processors/runProcessor.ts";
export { type ReadAllOptions, readAll, readHead, readReadableHead } from "./readAll.ts";
export { readStream } from "./readStream.ts";
export { type Checkpoint, compareCheckpoints, type NewEvent, type RecordedEvent, START } from "./recordedEvent.ts";
