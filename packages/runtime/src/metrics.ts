import { Counter, Gauge, Registry } from "prom-client";

/**
 * Pushback's Prometheus metrics, one registry per process. Services increment the counters;
 * gauges that need a query (queue depths, processor lag) are filled by collectors at scrape time.
 */
export const metricsRegistry = new Registry();

export const fetchOutcomes = new Counter({
  name: "pushback_fetch_total",
  help: "Feed and article fetches by outlet, kind and outcome",
  labelNames: ["outlet", "kind", "outcome"] as const,
  registers: [metricsRegistry],
});

export const extractionFailures = new Counter({
  name: "pushback_extraction_failures_total",
  help: "Articles fetched whose text could not be extracted, by outlet",
  labelNames: ["outlet"] as const,
  registers: [metricsRegistry],
});

export const queueJobs = new Gauge({
  name: "pushback_queue_jobs",
  help: "Jobs in each queue by state",
  labelNames: ["queue", "state"] as const,
  registers: [metricsRegistry],
});

export const processorLagEvents = new Gauge({
  name: "pushback_processor_lag_events",
  help: "Events appended but not yet handled, per projector or reactor",
  labelNames: ["processor"] as const,
  registers: [metricsRegistry],
});

export const processorLagSeconds = new Gauge({
  name: "pushback_processor_lag_seconds",
  help: "Age of the oldest event not yet handled, per projector or reactor",
  labelNames: ["processor"] as const,
  registers: [metricsRegistry],
});

export const processorParked = new Gauge({
  name: "pushback_processor_parked_events",
  help: "Events a processor gave up on after retries",
  labelNames: ["processor"] as const,
  registers: [metricsRegistry],
});

/** Runs before each scrape: gauges that are read from Postgres or Redis. */
export type MetricsCollector = () => Promise<void>;
