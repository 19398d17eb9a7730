import { createApiKey } from "@pushback/api";
import { type Env, loadEnv } from "@pushback/config";
import { feedIdFor } from "@pushback/ingestion";
import { addSubscription } from "@pushback/notifier";
import {
  createLogger,
  type Database,
  type Logger,
  openDatabase,
  openEventStore,
  type PushbackStore,
} from "@pushback/runtime";
import { addFeed } from "@pushback/worker";
import { Redis } from "ioredis";
import type { Migration } from "kysely";
import { sql } from "kysely";
import postgres from "postgres";
import { startCorpusServer } from "./corpusServer.ts";
import { loadCorpus } from "./loadCorpus.ts";
import { startLoopbackMailbox } from "./loopbackMailbox.ts";
import { formatStories } from "./printStories.ts";

/** A service as the CLI defines it (passed in: the CLI sits above the demo). */
export interface DemoService {
  name: string;
  start(context: {
    env: Env;
    database: Database;
    store: PushbackStore;
    logger: Logger;
  }): Promise<{ stop(): Promise<void> }>;
}

export interface DemoOptions {
  services: DemoService[];
  migrations: Record<string, Migration>;
  /** Stop once the story and the email are printed, instead of serving the dashboard. */
  exit: boolean;
  write?: (line: string) => void;
}

const PHASES = [
  "the ministry announces its 'exclusive access' (and India says X complied)",
  "Meta answers: the process is the same for every country (and X disputes India)",
  "the minister insists; Meta clarifies; the analysis pieces",
];

/**
 * `npm run demo`: the real pipeline, offline. A loopback server plays three outlets publishing the
 * Kazakhstan–Meta story (and an India–X one, among distractors) in three phases; a loopback SMTP
 * server receives the alert. Prints each phase, the stories and the email, then leaves the API and
 * dashboard running unless `exit`.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const base = loadEnv();
  const demoDatabaseUrl = new URL(base.DATABASE_URL);
  demoDatabaseUrl.pathname = "/pushback_demo";
  const corpus = loadCorpus();
  const server = await startCorpusServer(corpus);
  const mailbox = await startLoopbackMailbox();
  const env = loadEnv({
    ...process.env,
    DATABASE_URL: process.env.PUSHBACK_DEMO_DATABASE_URL ?? demoDatabaseUrl.toString(),
    PUSHBACK_REDIS_PREFIX: "pushback-demo",
    PUSHBACK_ALLOW_PRIVATE_HOSTS: server.host,
    PUSHBACK_HOST_DELAY_MS: "0",
    PUSHBACK_POLL_SECONDS: "2",
    PUSHBACK_MIN_POLL_SECONDS: "1",
    PUSHBACK_ADAPTIVE_POLLING: "false",
    PUSHBACK_REFETCH_AFTER: "1d",
    PUSHBACK_ALERT_GROUP_SECONDS: "3",
    PUSHBACK_OPS_PORT: "0",
    SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  });
  write(`Pushback demo: outlets served offline at ${server.url}, mail received at smtp://127.0.0.1:${mailbox.port}`);
  await resetDemoState(env);
  const database = await openDatabase(env.DATABASE_URL, {
    applicationName: "pushback-demo",
    max: 20,
    migrations: options.migrations,
  });
  await database.migrate();
  const store = openEventStore(database);
  const logger = createLogger(env.LOG_LEVEL, "demo");
  const running: { stop(): Promise<void> }[] = [];
  for (const service of options.services) running.push(await service.start({ env, database, store, logger }));
  write(`services running: ${options.services.map((s) => s.name).join(", ")}`);

  for (const feed of server.feedUrls)
    await addFeed(store, { feedId: feedIdFor(feed.url), url: feed.url, outlet: feed.outlet });
  await addSubscription(store, { email: "analyst@example.org", government: "Kazakhstan", mode: "immediate" });
  const apiKey = await createApiKey(database.db, "demo");
  write(
    `registered ${server.feedUrls.length} feeds and a subscription for analyst@example.org (Kazakhstan, immediate)`,
  );

  const count = async (type: string) =>
    Number(
      (await sql<{ n: number }>`select count(*)::int as n from events where type = ${type}`.execute(database.db))
        .rows[0]?.n,
    );
  for (const [index, description] of PHASES.entries()) {
    const phase = index + 1;
    server.setPhase(phase);
    const released = corpus.articles.filter((a) => a.phase <= phase).length;
    write(`\nphase ${phase}/3: ${description}`);
    let last = "";
    const started = Date.now();
    for (;;) {
      const read = await count("QuotesCounted");
      const recorded = await count("StatementRecorded");
      const extracted = await count("StatementExtracted");
      const projected = Number(
        (
          await sql<{ n: number }>`select count(*)::int as n from stories.story_statements`
            .execute(database.db)
            .catch(() => ({ rows: [{ n: 0 }] }))
        ).rows[0]?.n,
      );
      const line = `  discovered ${await count("FeedItemDiscovered")}/${released}  extracted ${await count("ArticleExtracted")}  read ${read}  statements ${recorded}/${extracted}  contradictions ${await count("ContradictionDetected")}`;
      if (line !== last) write(line);
      last = line;
      if (read >= released && recorded === extracted && projected === recorded) break;
      if (Date.now() - started > 120_000)
        throw new Error(`phase ${phase} did not settle in 2 minutes: is the machine overloaded?`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  const emailDeadline = Date.now() + 60_000;
  while (mailbox.messages.length === 0 && Date.now() < emailDeadline)
    await new Promise((resolve) => setTimeout(resolve, 500));
  write(await formatStories(database.db));
  for (const mail of mailbox.messages) {
    write(`\nEMAIL to ${mail.to && "text" in mail.to ? mail.to.text : ""}\nSubject: ${mail.subject}\n`);
    write((mail.text ?? "").trim());
  }
  if (mailbox.messages.length === 0) write("\n(no email arrived within a minute)");

  const stopAll = async () => {
    for (const service of running.reverse()) await service.stop();
    await database.close();
    await mailbox.close();
    await server.close();
  };
  if (options.exit) {
    await stopAll();
    return;
  }
  write(`\nDashboard and API: ${env.PUSHBACK_PUBLIC_URL}  (API key for the dashboard: ${apiKey.key})`);
  write("Ctrl-C stops the demo.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await stopAll();
}

/** A clean slate each run: the demo database is recreated and the demo's Redis keys removed. */
async function resetDemoState(env: Env): Promise<void> {
  const url = new URL(env.DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name.includes("demo"))
    throw new Error(`refusing to reset ${name}: the demo only resets a database named *demo*`);
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${env.PUSHBACK_REDIS_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}
