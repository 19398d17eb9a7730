// The API in a process of its own for bench:api, so that the load generator does not share its
// event loop. Reads the usual environment; prints `listening <url>` and serves until SIGTERM.
import { loadEnv } from "@pushback/config";
import { createLogger, openDatabase, openEventStore } from "@pushback/runtime";
import { Redis } from "ioredis";
import { buildApi } from "../src/buildApi.ts";

const env = loadEnv();
const database = await openDatabase(env.DATABASE_URL, {
  max: Number(process.env.PUSHBACK_BENCH_POOL ?? 10),
  applicationName: "pushback-bench-api",
});
const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2 });
const app = await buildApi({
  store: openEventStore(database),
  database,
  env,
  redis,
  logger: createLogger("warn", "bench-api"),
});
const url = await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(`listening ${url}\n`);
process.once("SIGTERM", async () => {
  await app.close();
  redis.disconnect();
  await database.close();
  process.exit(0);
});
