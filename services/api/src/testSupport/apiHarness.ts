import { loadEnv } from "@pushback/config";
import { type ProcessorHandle, runProcessor } from "@pushback/eventstore";
import { storyViews } from "@pushback/projections";
import { createLogger, type Database, openDatabase, openEventStore, type PushbackStore } from "@pushback/runtime";
import { createTestDatabase, type TestDatabase, uniquePrefix } from "@pushback/testing";
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import { createApiKey } from "../auth/apiKeys.ts";
import { type BuildApiOptions, buildApi } from "../buildApi.ts";
import type { StoryNewEvent } from "./storyScenario.ts";

export interface ApiHarness {
  database: Database;
  store: PushbackStore;
  projector: ProcessorHandle;
  redis: Redis;
  /** Starts an API on a loopback port; closed by `close()`. */
  start(
    overrides?: Partial<Omit<BuildApiOptions, "env">> & { env?: Record<string, string> },
  ): Promise<{ app: FastifyInstance; url: string }>;
  key(name?: string): Promise<{ id: string; key: string }>;
  append(storyId: string, events: StoryNewEvent[]): Promise<void>;
  /** Appends and waits for the stories projection. */
  project(storyId: string, events: StoryNewEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** A fresh database (migrated), the stories projector running, and APIs on loopback ports. */
export async function createApiHarness(label: string): Promise<ApiHarness> {
  const testDatabase: TestDatabase = await createTestDatabase(label);
  const database = await openDatabase(testDatabase.url, { max: 8 });
  await database.migrate();
  const store = openEventStore(database);
  const projector = runProcessor(store, storyViews);
  await projector.whenCaughtUp(10_000);
  const redis = new Redis(loadEnv().REDIS_URL, { maxRetriesPerRequest: 2 });
  const apps: FastifyInstance[] = [];
  const logger = createLogger(process.env.PUSHBACK_TEST_LOG ?? "silent", "api-test");
  const harness: ApiHarness = {
    database,
    store,
    projector,
    redis,
    async start(overrides = {}) {
      const { env: variables, ...options } = overrides;
      const env = loadEnv({ PUSHBACK_REDIS_PREFIX: uniquePrefix(label), ...variables });
      const app = await buildApi({ store, database, logger, redis, authCacheMs: 0, ...options, env });
      apps.push(app);
      const url = await app.listen({ host: "127.0.0.1", port: 0 });
      return { app, url };
    },
    key: (name = "desk") => createApiKey(database.db, name),
    async append(storyId, events) {
      await store.append(`story-${storyId}`, events);
    },
    async project(storyId, events) {
      await harness.append(storyId, events);
      await projector.whenCaughtUp(10_000);
    },
    async close() {
      for (const app of apps) {
        // fetch may leave a spare connection that never carries a request: do not wait for it.
        const closing = app.close();
        app.server.closeAllConnections();
        await closing;
      }
      await projector.stop();
      redis.disconnect();
      await database.close();
      await testDatabase.drop();
    },
  };
  return harness;
}
