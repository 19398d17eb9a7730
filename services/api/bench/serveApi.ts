// The API service in a process of its own for bench:api, so that the load generator does not share
// its event loop. Reads the usual environment; prints `listening <url>` and serves until SIGTERM.
import { loadEnv } from "@pushback/config";
import { createLogger, openDatabase, openEventStore } from "@pushback/runtime";
import { startApi } from "../src/startApi.ts";

const env = loadEnv();
const database = await openDatabase(env.DATABASE_URL, {
  max: Number(process.env.PUSHBACK_BENCH_POOL ?? 10),
  applicationName: "pushback-bench-api",
});
const api = await startApi({
  env,
  database,
  store: openEventStore(database),
  logger: createLogger("warn", "bench-api"),
  host: "127.0.0.1",
  port: 0,
});
process.stdout.write(`listening ${api.url}\n`);
process.once("SIGTERM", async () => {
  await api.stop();
  await database.close();
  process.exit(0);
});
