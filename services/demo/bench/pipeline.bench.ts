// npm run bench:pipeline [-- --articles 2000 --feeds 20]: the whole pipeline on loopback (feeds →
// worker → desk → projector, each its own process) against extraction alone in the same run.
// Prints a table and one JSON line.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractArticle } from "@pushback/extract";
import { feedIdFor } from "@pushback/ingestion";
import { extractQuotes } from "@pushback/quotes";
import { openDatabase, openEventStore } from "@pushback/runtime";
import { addFeed } from "@pushback/worker";
import { Redis } from "ioredis";
import postgres from "postgres";
import { startCorpusServer } from "../src/corpusServer.ts";
import { renderArticle } from "../src/renderCorpus.ts";
import { syntheticCorpus } from "../src/syntheticCorpus.ts";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "2000" }, feeds: { type: "string", default: "20" } },
});
const ARTICLES = Number(values.articles);
const FEEDS = Number(values.feeds);
const CLI = fileURLToPath(new URL("../../cli/bin/pushback.js", import.meta.url));
const adminUrl = process.env.PUSHBACK_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

const corpus = syntheticCorpus({ articles: ARTICLES, feeds: FEEDS, seed: 3 });

// 1. Extraction alone: the same pages, text and quotes, in this process.
const pages = corpus.articles.map((article) => renderArticle("http://127.0.0.1", article, []));
const extractStart = performance.now();
for (const page of pages) {
  const article = extractArticle(page);
  extractQuotes(article.text, article.paragraphs, { title: article.title ?? undefined });
}
const extractionPerSecond = ARTICLES / ((performance.now() - extractStart) / 1000);

// 2. The pipeline: a fresh database and Redis prefix, the corpus served on loopback.
const name = `pushback_bench_pipeline_${randomBytes(3).toString("hex")}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const prefix = `bench-${randomBytes(3).toString("hex")}`;
// Each outlet on its own loopback address: politeness is per host, as with real outlets.
const server = await startCorpusServer(corpus, { hostPerOutlet: true });
server.setPhase(1);
const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  REDIS_URL: redisUrl,
  PUSHBACK_REDIS_PREFIX: prefix,
  PUSHBACK_ALLOW_PRIVATE_HOSTS: server.host,
  PUSHBACK_HOST_DELAY_MS: "0",
  PUSHBACK_POLL_SECONDS: "5",
  PUSHBACK_MIN_POLL_SECONDS: "1",
  PUSHBACK_ADAPTIVE_POLLING: "false",
  PUSHBACK_REFETCH_AFTER: "1d",
  PUSHBACK_OPS_PORT: "0",
  LOG_LEVEL: "error",
};
const database = await openDatabase(url.toString());
await database.migrate();
const store = openEventStore(database);
const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
const children = new Map<string, ChildProcess>();
const peakKb = new Map<string, number>();
const cpuSeconds = new Map<string, number>();
const samplePeaks = () => {
  for (const [service, child] of children) {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb.set(service, Math.max(peakKb.get(service) ?? 0, kb));
      // utime + stime (fields 14 and 15, in clock ticks of 1/100 s): where the CPU goes.
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      cpuSeconds.set(service, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // /proc is Linux only; the figures are then left out
    }
  }
};
try {
  const migrate = spawn(process.execPath, [CLI, "db", "migrate"], { env, stdio: "ignore" });
  await new Promise((resolve) => migrate.once("exit", resolve));
  const started = performance.now();
  for (const feed of server.feedUrls) {
    await addFeed(store, { feedId: feedIdFor(feed.url), url: feed.url, outlet: feed.outlet });
  }
  for (const service of ["worker", "desk", "projector"]) {
    children.set(
      service,
      spawn(process.execPath, [CLI, "run", service], { env, stdio: ["ignore", "ignore", "inherit"] }),
    );
  }
  const count = async (type: string) =>
    (await sql`select count(*)::int as n from events where type = ${type}`)[0]!.n as number;
  let last = "";
  for (;;) {
    samplePeaks();
    const read = await count("QuotesCounted");
    const recorded = await count("StatementRecorded");
    const extracted = await count("StatementExtracted");
    const line = `articles read ${read}/${ARTICLES}, statements recorded ${recorded}/${extracted}`;
    if (line !== last) process.stderr.write(`\r${line}   `);
    last = line;
    if (read >= ARTICLES && recorded === extracted) break;
    if (performance.now() - started > 30 * 60_000) throw new Error("pipeline did not finish in 30 minutes");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.stderr.write("\n");
  const seconds = (performance.now() - started) / 1000;
  samplePeaks();

  // Discovery of the answering article to the contradiction it raised.
  const latencies = (
    await sql`
      select extract(epoch from (c.created_at - d.created_at)) * 1000 as ms
      from events c
      join events d on d.type = 'FeedItemDiscovered' and d.data->>'articleId' = c.data->'response'->>'articleId'
      where c.type = 'ContradictionDetected'`
  )
    .map((row) => Number(row.ms))
    .sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! : Number.NaN;
  const figures = {
    bench: "pipeline",
    articles: ARTICLES,
    feeds: FEEDS,
    pipeline_articles_per_s: ARTICLES / seconds,
    extraction_alone_articles_per_s: extractionPerSecond,
    ratio_pipeline_vs_extraction: ARTICLES / seconds / extractionPerSecond,
    contradictions: latencies.length,
    discovery_to_contradiction_p50_ms: pct(0.5),
    discovery_to_contradiction_p99_ms: pct(0.99),
    ...Object.fromEntries([...peakKb].map(([service, kb]) => [`peak_rss_mb_${service}`, kb / 1024])),
    ...Object.fromEntries(
      [...cpuSeconds].map(([service, s]) => [`cpu_ms_per_article_${service}`, (s * 1000) / ARTICLES]),
    ),
    extraction_alone_cpu_ms_per_article: 1000 / extractionPerSecond,
    peak_rss_mb_bench_process: process.memoryUsage().rss / 1024 / 1024,
  };
  console.log(`pipeline benchmark: ${ARTICLES} articles from ${FEEDS} feeds, one loopback host each (host delay 0)\n`);
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === "number")
      console.log(`${key.padEnd(40)} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
  }
  console.log(
    JSON.stringify(
      Object.fromEntries(
        Object.entries(figures).map(([k, v]) => [k, typeof v === "number" ? Number(v.toFixed(3)) : v]),
      ),
    ),
  );
} finally {
  for (const child of children.values()) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  for (const child of children.values()) child.kill("SIGKILL");
  await sql.end();
  await database.close();
  await server.close();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
}
