import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  createTestDatabase,
  type FixtureServer,
  startFixtureServer,
  type TestDatabase,
  uniquePrefix,
} from "@pushback/testing";
import { Redis } from "ioredis";
import postgres from "postgres";
import { CLI, runCli } from "./runCli.ts";

export interface PipelineHarness {
  server: FixtureServer;
  env: Record<string, string>;
  sql: postgres.Sql;
  fixture(name: string): string;
  cli(args: string[], stdin?: string): ReturnType<typeof runCli>;
  /** Starts `pushback run SERVICE` as its own process (with extra environment variables). */
  spawnService(service: string, extraEnv?: Record<string, string>): ChildProcess;
  /** Waits until `query` returns a truthy first column, polling. */
  waitFor(query: () => Promise<boolean>, timeoutMs?: number, what?: string): Promise<void>;
  countEvents(type: string, where?: string): Promise<number>;
  close(): Promise<void>;
}

/** A fixture server, a database and a Redis prefix of this test file's own, and the CLI to drive them. */
export async function startPipelineHarness(
  label: string,
  extraEnv: Record<string, string> = {},
): Promise<PipelineHarness> {
  const server = await startFixtureServer();
  const database: TestDatabase = await createTestDatabase(label);
  const prefix = uniquePrefix(label);
  const env = {
    DATABASE_URL: database.url,
    PUSHBACK_REDIS_PREFIX: prefix,
    PUSHBACK_ALLOW_PRIVATE_HOSTS: server.host,
    PUSHBACK_HOST_DELAY_MS: "0",
    PUSHBACK_POLL_SECONDS: "1",
    PUSHBACK_MIN_POLL_SECONDS: "1",
    PUSHBACK_ADAPTIVE_POLLING: "false",
    LOG_LEVEL: "warn",
    // Several services run side by side: each takes a free port for /healthz and /metrics.
    PUSHBACK_OPS_PORT: "0",
    ...extraEnv,
  };
  const children = new Set<ChildProcess>();
  await runCli(["db", "migrate"], env);
  const sql = postgres(database.url, { max: 2, onnotice: () => {} });
  const harness: PipelineHarness = {
    server,
    env,
    sql,
    fixture: (name) =>
      readFileSync(new URL(`../../services/worker/src/fixtures/${name}`, import.meta.url), "utf8").replaceAll(
        "{{BASE}}",
        server.url,
      ),
    cli: (args, stdin) => runCli(args, env, stdin),
    spawnService(service, extraEnv = {}) {
      const child = spawn(process.execPath, [CLI, "run", service], {
        env: { ...process.env, ...env, ...extraEnv },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.add(child);
      child.once("exit", () => children.delete(child));
      return child;
    },
    async waitFor(query, timeoutMs = 30_000, what = "condition") {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (await query()) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`timed out waiting for ${what}`);
    },
    async countEvents(type, where = "true") {
      const [row] = await sql.unsafe(`select count(*)::int as n from events where type = $1 and ${where}`, [type]);
      return row!.n as number;
    },
    async close() {
      for (const child of children) child.kill("SIGKILL");
      await sql.end();
      const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      await database.drop();
      await server.close();
    },
  };
  return harness;
}
