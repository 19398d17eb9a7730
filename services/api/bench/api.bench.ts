// npm run bench:api — GET /api/stories/:id through the API (auth, rate limit in Redis, routing,
// the one-statement detail query; in a process of its own) against the same prepared query straight through postgres.js,
// at the same concurrency, on one scratch database. Prints a table, the ratio API/raw, one JSON line.
// PUSHBACK_BENCH_NODE_ARGS passes flags to the API process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { eventId, runProcessor } from "@pushback/eventstore";
import { storyViews } from "@pushback/projections";
import { openDatabase, openEventStore } from "@pushback/runtime";
import { createTestDatabase } from "@pushback/testing";
import autocannon from "autocannon";
import { createApiKey } from "../src/auth/apiKeys.ts";
import { STORY_DETAIL_SQL } from "../src/stories/storySql.ts";

const STORIES = Number(process.env.PUSHBACK_BENCH_STORIES ?? 200);
const STATEMENTS = Number(process.env.PUSHBACK_BENCH_STATEMENTS ?? 20);
const SECONDS = Number(process.env.PUSHBACK_BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.PUSHBACK_BENCH_CONNECTIONS ?? 50);
const POOL = 10;

const parties = ["Kazakhstan government", "Meta", "Ministry of Digital Development", "Wire analyst"];
const stances = ["claim", "denial", "clarification", "reaffirmation", "neutral"] as const;

/** One story's events: opened, 10 articles, STATEMENTS statements over 3 claims, 2 contradictions. */
function storyEvents(s: number) {
  const storyId = `bench-${s}`;
  const id = (key: string) => eventId(`bench-api:${storyId}:${key}`);
  const base = Date.UTC(2021, 10, 1) + s * 3_600_000;
  const article = (a: number) => ({
    articleId: `${storyId}-a${a}`,
    url: `https://outlet${a % 7}.example/${storyId}/${a}`,
    outlet: `Outlet ${a % 7}`,
    title: `Ministry and platform, report ${a} on story ${s}`,
    publishedAt: new Date(base + a * 600_000).toISOString(),
  });
  const events: { id: string; type: string; data: unknown }[] = [
    {
      id: id("open"),
      type: "StoryOpened",
      data: {
        storyId,
        title: `Story ${s}: exclusive access to a reporting channel`,
        governments: [s % 2 ? "Kazakhstan" : "Vietnam"],
        platforms: ["Facebook"],
        openedBy: article(0),
      },
    },
  ];
  for (let a = 0; a < 10; a++)
    events.push({
      id: id(`link${a}`),
      type: "ArticleLinkedToStory",
      data: { storyId, ...article(a), similarity: 0.8 },
    });
  for (let n = 0; n < STATEMENTS; n++) {
    const claimId = `${storyId}-c${n % 3}`;
    const stance = n < 3 ? "claim" : stances[n % stances.length]!;
    events.push({
      id: id(`s${n}`),
      type: "StatementRecorded",
      data: {
        storyId,
        statementId: `${storyId}-s${n}`,
        ...article(n % 10),
        text: `Statement ${n}: the ministry says the agreed text gives it a direct channel to report content, and the company answers that the process is the same everywhere.`,
        kind: "full",
        speaker: { name: `Speaker ${n % 5}`, role: "spokesperson", organization: parties[n % parties.length]! },
        party: parties[n % parties.length]!,
        stance,
        confidence: 0.8,
        cues: [],
        claimId: stance === "neutral" ? null : claimId,
      },
    });
    if (n < 3)
      events.push({
        id: id(`c${n}`),
        type: "ClaimIdentified",
        data: { storyId, claimId, text: `Claim ${n}`, party: parties[0]!, statementId: `${storyId}-s${n}` },
      });
  }
  for (const [k, type] of (["denial", "clarification"] as const).entries()) {
    events.push({
      id: id(`x${k}`),
      type: "ContradictionDetected",
      data: {
        storyId,
        contradictionId: `${storyId}-x${k}`,
        type,
        claim: { claimId: `${storyId}-c${k}`, text: `Claim ${k}`, party: parties[0]! },
        response: {
          party: "Meta",
          statementId: `${storyId}-s${k + 3}`,
          text: "The process is the same.",
          speaker: null,
          ...article(k + 3),
        },
      },
    });
  }
  return { streamId: `story-${storyId}`, events };
}

/** The API in a child process (bench/serveApi.ts): the load generator keeps this process's event loop. */
async function startServer(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      ...(process.env.PUSHBACK_BENCH_NODE_ARGS?.split(" ") ?? []),
      fileURLToPath(new URL("./serveApi.ts", import.meta.url)),
    ],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /listening (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`API process exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main() {
  const testDatabase = await createTestDatabase("bench_api");
  const database = await openDatabase(testDatabase.url, { max: POOL, applicationName: "pushback-bench-api" });
  try {
    await database.migrate();
    const store = openEventStore(database);
    let started = performance.now();
    for (let s = 0; s < STORIES; s += 20) {
      const batch = [];
      for (let k = s; k < Math.min(STORIES, s + 20); k++) batch.push(storyEvents(k));
      await store.appendMany(batch as never);
    }
    const projector = runProcessor(store, storyViews, { batchSize: 1000 });
    await projector.whenCaughtUp(600_000);
    await projector.stop();
    const [{ events }] = (await store.sql`select count(*)::int as events from events`) as unknown as [
      { events: number },
    ];
    console.log(
      `seeded ${STORIES} stories × ${STATEMENTS} statements (${events} events) and projected them in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const server = await startServer({
      DATABASE_URL: testDatabase.url,
      PUSHBACK_API_RATE_LIMIT: "100000000",
      PUSHBACK_REDIS_PREFIX: `bench-api-${process.pid}`,
      PUSHBACK_BENCH_POOL: String(POOL),
    });
    const url = server.url;
    const { key } = await createApiKey(database.db, "bench");
    const ids = Array.from({ length: STORIES }, (_, s) => `bench-${s}`);

    // Warm both paths (prepared statements, JIT) before measuring.
    for (const storyId of ids.slice(0, 50)) {
      const response = await fetch(`${url}/api/stories/${storyId}`, { headers: { authorization: `Bearer ${key}` } });
      if (response.status !== 200) throw new Error(`warm-up: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      await database.sql.unsafe(STORY_DETAIL_SQL, [storyId], { prepare: true });
    }

    let next = 0;
    const api = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { authorization: `Bearer ${key}` },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            path: `/api/stories/${ids[next++ % ids.length]}`,
          }),
        },
      ],
    });
    await server.stop();
    if (api.non2xx > 0 || api.errors > 0)
      throw new Error(`API answered ${api.non2xx} non-2xx and ${api.errors} errors`);

    // Raw: the same statement and parameters, CONNECTIONS concurrent callers on the same pool size.
    const latencies: number[] = [];
    let calls = 0;
    started = performance.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline) {
          const t = performance.now();
          const rows = await database.sql.unsafe(STORY_DETAIL_SQL, [ids[calls++ % ids.length]!], { prepare: true });
          if (!rows[0]) throw new Error("raw query found no story");
          latencies.push(performance.now() - t);
        }
      }),
    );
    const rawSeconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const raw = { rps: latencies.length / rawSeconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
    const apiFigures = { rps: api.requests.average, p50: api.latency.p50, p99: api.latency.p99 };
    const ratio = apiFigures.rps / raw.rps;

    const row = (name: string, f: { rps: number; p50: number; p99: number }) =>
      `${name.padEnd(28)}${f.rps.toFixed(0).padStart(10)}${f.p50.toFixed(2).padStart(10)}${f.p99.toFixed(2).padStart(10)}`;
    console.log(`\nGET /api/stories/:id, ${CONNECTIONS} concurrent, ${SECONDS} s each, pool ${POOL}`);
    console.log(`${"".padEnd(28)}${"req/s".padStart(10)}${"p50 ms".padStart(10)}${"p99 ms".padStart(10)}`);
    console.log(row("API (HTTP, auth, Redis)", apiFigures));
    console.log(row("raw postgres.js query", raw));
    console.log(`API/raw throughput: ${ratio.toFixed(2)} (target >= 0.5)\n`);
    console.log(
      JSON.stringify({
        bench: "api",
        stories: STORIES,
        statementsPerStory: STATEMENTS,
        connections: CONNECTIONS,
        seconds: SECONDS,
        api: {
          rps: Math.round(apiFigures.rps),
          p50Ms: apiFigures.p50,
          p99Ms: apiFigures.p99,
          requests: api.requests.total,
        },
        raw: {
          rps: Math.round(raw.rps),
          p50Ms: +raw.p50.toFixed(2),
          p99Ms: +raw.p99.toFixed(2),
          requests: latencies.length,
        },
        ratio: +ratio.toFixed(3),
      }),
    );
  } finally {
    await database.close();
    await testDatabase.drop();
  }
}

await main();
