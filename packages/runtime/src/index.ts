export { createLogger, type Logger } from "./logger.ts";
export {
  extractionFailures,
  fetchOutcomes,
  type MetricsCollector,
  metricsRegistry,
  processorLagEvents,
  processorLagSeconds,
  processorParked,
  queueJobs,
} from "./metrics.ts";
export { applicationMigrations } from "./migrations.ts";
export { type Database, openDatabase, ServiceUnavailableError } from "./openDatabase.ts";
export { openEventStore, type PushbackStore } from "./openEventStore.ts";
export { type OpsServer, type OpsServerOptions, startOpsServer } from "./opsServer.ts";
