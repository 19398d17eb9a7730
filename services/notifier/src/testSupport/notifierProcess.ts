// A notifier in its own process, for the crash test: the parent kills it (SIGKILL) while the SMTP
// server holds the DATA phase. Configured by the environment (DATABASE_URL, SMTP_URL, ...).
import { loadEnv } from "@pushback/config";
import { createLogger, openDatabase, openEventStore } from "@pushback/runtime";
import { startNotifier } from "../startNotifier.ts";

const env = loadEnv();
const database = await openDatabase(env.DATABASE_URL, { applicationName: "notifier-crash-child", max: 4 });
const store = openEventStore(database);
startNotifier({ env, store, database, logger: createLogger("silent", "notifier-child") }, { pollMs: 100 });
process.stdout.write("started\n");
