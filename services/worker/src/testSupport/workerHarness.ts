import { readFileSync } from "node:fs";
import { type Env, loadEnv } from "@pushback/config";
import { createLogger, type Database, openDatabase, openEventStore, type PushbackStore } from "@pushback/runtime";
import { createTestDatabase, type FixtureServer, startFixtureServer, uniquePrefix } from "@pushback/testing";
import type { Redis } from "ioredis";
import { createWorkerContext, type WorkerContext } from "../workerContext.ts";

export interface WorkerHarness {
  env: Env;
  server: FixtureServer;
  database: Database;
  store: PushbackStore;
  context: WorkerContext;
  redis: Redis;
  fixture(name: string): string;
  /** Event types in the log, in order. */
  types(): Promise<string[]>;
  close(): Promise<void>;
}

/** A fixture server, a migrated database and a Redis prefix of this test file's own. */
export async function startWorkerHarness(
  label: string,
  overrides: Record<string, string> = {},
): Promise<WorkerHarness> {
  const server = await startFixtureServer();
  const testDatabase = await createTestDatabase(label);
  const env = loadEnv({
    DATABASE_URL: testDatabase.url,
    PUSHBACK_REDIS_PREFIX: uniquePrefix(label),
    PUSHBACK_ALLOW_PRIVATE_HOSTS: server.host,
    PUSHBACK_HOST_DELAY_MS: "0",
    PUSHBACK_POLL_SECONDS: "1",
    PUSHBACK_MIN_POLL_SECONDS: "1",
    PUSHBACK_ADAPTIVE_POLLING: "false",
    LOG_LEVEL: "silent",
    ...overrides,
  });
  const database = await openDatabase(env.DATABASE_URL);
  await database.migrate();
  const store = openEventStore(database);
  const { context, redis } = await createWorkerContext({ env, store, logger: createLogger("silent", label) });
  return {
    env,
    server,
    database,
    store,
    context,
    redis,
    fixture: (name) =>
      readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8").replaceAll("{{BASE}}", server.url),
    async types() {
      const rows = await database.db.selectFrom("events").select("type").orderBy("global_position").execute();
      return rows.map((row) => row.type);
    },
    async close() {
      await context.queues.close();
      context.fetcher.close();
      const keys = await redis.keys(`${env.PUSHBACK_REDIS_PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      await database.close();
      await testDatabase.drop();
      await server.close();
    },
  };
}
