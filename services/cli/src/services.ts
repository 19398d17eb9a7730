import type { Env } from "@pushback/config";
import { startDesk } from "@pushback/desk";
import { notifierRegistry, startNotifier } from "@pushback/notifier";
import { startProjectors } from "@pushback/projector";
import type { Database, Logger, MetricsCollector, PushbackStore } from "@pushback/runtime";
import { startWorker } from "@pushback/worker";
import type { Registry } from "prom-client";

/** What a service gets at start: validated config and open connections, shared when run together. */
export interface ServiceContext {
  env: Env;
  database: Database;
  store: PushbackStore;
  logger: Logger;
}

export interface RunningService {
  /** Drains in-flight work and stops. */
  stop(): Promise<void>;
  /** Dependencies /readyz checks beyond Postgres. */
  checks?: Record<string, () => Promise<unknown>>;
  /** Gauges filled at scrape time. */
  collectors?: MetricsCollector[];
  /** A service's own metrics registry, served on the process's /metrics too. */
  registry?: Registry;
}

export interface ServiceDefinition {
  name: string;
  description: string;
  start(context: ServiceContext): Promise<RunningService>;
}

/** The processes Pushback is made of; `pushback run all` runs them together in one process. */
export const serviceDefinitions: ServiceDefinition[] = [
  {
    name: "projector",
    description: "keeps every read model up to date from the event log",
    async start({ store, logger }) {
      return startProjectors(store, logger.child({ component: "projector" }));
    },
  },
  {
    name: "desk",
    description: "reads statements out of articles and decides stories, claims and contradictions",
    async start({ store, logger }) {
      return startDesk(store, logger.child({ component: "desk" }));
    },
  },
  {
    name: "api",
    description: "the HTTP API (stories, contradictions, event log, live stream) and the dashboard",
    async start({ env, database, store, logger }) {
      // Loaded on demand: Fastify and its plugins would slow every other CLI command's start.
      const { startApi } = await import("@pushback/api");
      return startApi({ env, database, store, logger: logger.child({ component: "api" }) });
    },
  },
  {
    name: "notifier",
    description: "emails subscribers about new contradictions (grouped, or daily and weekly digests), exactly once",
    async start({ env, database, store, logger }) {
      const notifier = startNotifier({ env, database, store, logger: logger.child({ component: "notifier" }) });
      return { stop: () => notifier.stop(), registry: notifierRegistry };
    },
  },
  {
    name: "worker",
    description: "polls feeds, fetches and extracts articles, and dispatches the jobs in between",
    async start({ env, store, logger }) {
      return startWorker({ env, store, logger: logger.child({ component: "worker" }) });
    },
  },
];
