import type { ChildProcess } from "node:child_process";
import {
  type CorpusServer,
  type LoopbackMailbox,
  startCorpusServer,
  startLoopbackMailbox,
  syntheticCorpus,
} from "@pushback/demo";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PipelineHarness, startPipelineHarness } from "./support/pipelineHarness.ts";
import { type PrivateRedis, startPrivateRedis } from "./support/privateRedis.ts";

const ARTICLES = 300;
const corpusData = syntheticCorpus({ articles: ARTICLES, feeds: 10, seed: 11 });
const SERVICES = ["worker", "worker", "desk", "projector"] as const;
const CHAOS_SERVICES = [...SERVICES, "notifier"] as const;
const STABLE_TYPES = [
  "FeedAdded",
  "FeedPolled",
  "FeedItemDiscovered",
  "ArticleFetched",
  "ArticleExtracted",
  "StatementExtracted",
  "QuotesCounted",
];

let corpus: CorpusServer;
let redis: PrivateRedis;
let clean: PipelineHarness;
let chaos: PipelineHarness;
let mailbox: LoopbackMailbox;

beforeAll(async () => {
  corpus = await startCorpusServer(corpusData);
  corpus.setPhase(1);
  redis = await startPrivateRedis();
  mailbox = await startLoopbackMailbox();
  const env = {
    SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
    PUSHBACK_ALERT_GROUP_SECONDS: "1",
    REDIS_URL: redis.url,
    PUSHBACK_ALLOW_PRIVATE_HOSTS: corpus.host,
    PUSHBACK_JOB_LOCK_MS: "2000",
    PUSHBACK_REFETCH_AFTER: "1d",
  };
  clean = await startPipelineHarness("chaos_clean", env);
  chaos = await startPipelineHarness("chaos_run", env);
}, 120_000);
afterAll(async () => {
  await clean?.close();
  await chaos?.close();
  await redis?.stop();
  await mailbox?.close();
  await corpus?.close();
});

/** Waits until every article is extracted and every statement has gone through the desk and the projection. */
async function settled(h: PipelineHarness, timeoutMs: number) {
  try {
    await waitSettled(h, timeoutMs);
  } catch (error) {
    // Say where the pipeline stood, so that a failure can be read from CI's log.
    const counts = await h.sql`select type, count(*)::int as n from events group by type order by type`;
    const parked = await h.sql`select processor, event_type, error from parked_events`;
    const checkpoints = await h.sql`select processor, global_position, owner from processor_checkpoints`;
    const [{ max }] = (await h.sql`select max(global_position)::int as max from events`) as any;
    throw new Error(
      `${(error as Error).message}; events ${JSON.stringify(counts)}; parked ${JSON.stringify(parked)}; ` +
        `checkpoints ${JSON.stringify(checkpoints)} of ${max}`,
    );
  }
}

async function waitSettled(h: PipelineHarness, timeoutMs: number) {
  await h.waitFor(async () => (await h.countEvents("QuotesCounted")) === ARTICLES, timeoutMs, "all articles read");
  await h.waitFor(
    async () => {
      const recorded = await h.countEvents("StatementRecorded");
      if (recorded !== (await h.countEvents("StatementExtracted"))) return false;
      const [row] = await h.sql`select count(*)::int as n from stories.story_statements`;
      return row!.n === recorded;
    },
    timeoutMs,
    "the desk and the projection",
  );
}

async function addFeeds(h: PipelineHarness) {
  for (const feed of corpus.feedUrls) await h.cli(["feeds", "add", feed.url, "--outlet", feed.outlet]);
}

/** The run's facts as "type id", so that a difference names the kind of event. */
async function eventIds(h: PipelineHarness): Promise<string[]> {
  const rows =
    await h.sql`select type, event_id::text as id, data from events where type = any(${STABLE_TYPES}) order by 2`;
  return rows.map(
    (r) =>
      `${r.type} ${r.id}${r.type === "StatementExtracted" ? ` ${JSON.stringify(r.data.speaker)} ${r.data.text.slice(0, 40)}` : ""}`,
  );
}

async function storySummary(h: PipelineHarness): Promise<string[]> {
  const rows = await h.sql`
    select s.governments, s.platforms, s.articles, s.statements,
      (select string_agg(c.response_party || ' ' || c.type, ',' order by c.response_party, c.type)
         from stories.story_contradictions c where c.story_id = s.story_id) as contradictions
    from stories.stories s`;
  return rows
    .map((r) => JSON.stringify([r.governments, r.platforms, r.articles, r.statements, r.contradictions]))
    .sort();
}

it("loses and doubles nothing while services are killed ten times and Redis restarts once", async () => {
  // The reference: the same corpus through an undisturbed pipeline.
  await addFeeds(clean);
  const quiet = SERVICES.map((service) => clean.spawnService(service));
  await settled(clean, 120_000);
  for (const child of quiet) child.kill("SIGTERM");

  await addFeeds(chaos);
  await chaos.cli(["subscriptions", "add", "desk@example.org", "--mode", "immediate"]);
  const running: ChildProcess[] = CHAOS_SERVICES.map((service) => chaos.spawnService(service));
  let done = false;
  const progress = settled(chaos, 240_000).finally(() => {
    done = true;
  });
  const kills: string[] = [];
  let redisRestarted = false;
  for (let round = 0; round < 10; round++) {
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1200));
    const index = Math.floor(Math.random() * CHAOS_SERVICES.length);
    const victim = running[index]!;
    const exited = new Promise((resolve) => victim.once("exit", resolve));
    victim.kill("SIGKILL");
    await exited;
    kills.push(CHAOS_SERVICES[index]!);
    if (round === 4) {
      await redis.restart();
      redisRestarted = true;
    }
    running[index] = chaos.spawnService(CHAOS_SERVICES[index]!);
  }
  await progress;
  expect(done).toBe(true);
  expect(kills).toHaveLength(10);
  expect(redisRestarted).toBe(true);

  // No event lost or doubled: the same facts as the undisturbed run (failures during chaos aside).
  expect(await eventIds(chaos)).toEqual(await eventIds(clean));
  expect(await chaos.countEvents("ArticleExtracted")).toBe(ARTICLES);
  const [dupes] = await chaos.sql`
    select count(*)::int as n from (select stream_id, type, data->>'articleId' from events
      where type = 'ArticleExtracted' group by 1, 2, 3 having count(*) > 1) d`;
  expect(dupes!.n).toBe(0);
  // The same stories, claims and contradictions, whatever order the articles arrived in.
  expect(await storySummary(chaos)).toEqual(await storySummary(clean));
  const [contradictions] = await chaos.sql`select count(*)::int as n from events where type = 'ContradictionDetected'`;
  expect(contradictions!.n).toBeGreaterThan(0);

  // Every contradiction reached the subscriber in exactly one email (one Message-ID; a mailbox
  // dedupes the documented re-send window, SMTP accepted but the record not yet written).
  const contradictionIds = (
    await chaos.sql`select data->>'contradictionId' as id from events where type = 'ContradictionDetected'`
  ).map((r) => r.id as string);
  await chaos.waitFor(
    async () => {
      const sent = await chaos.sql`select data from events where type = 'AlertSent'`;
      return new Set(sent.flatMap((r) => r.data.contradictionIds)).size === contradictionIds.length;
    },
    60_000,
    "every alert sent",
  );
  const sent = (await chaos.sql`select data from events where type = 'AlertSent'`).map((r) => r.data);
  const perContradiction = new Map<string, number>();
  for (const alert of sent)
    for (const id of alert.contradictionIds) perContradiction.set(id, (perContradiction.get(id) ?? 0) + 1);
  expect([...perContradiction.values()].every((n) => n === 1)).toBe(true);
  await chaos.waitFor(
    async () => sent.every((alert) => mailbox.messages.some((m) => m.messageId === alert.messageId)),
    30_000,
    "every recorded email in the mailbox",
  );
  const received = new Set(mailbox.messages.map((m) => m.messageId));
  expect(received).toEqual(new Set(sent.map((alert) => alert.messageId)));

  // Every projection equals a rebuild.
  const tables = ["stories", "story_statements", "story_claims", "story_contradictions", "story_sources"];
  const strip = (rows: any[]) => rows.map(({ recorded_at, detected_at, linked_at, ...rest }) => rest);
  const snapshot = () =>
    Promise.all(tables.map(async (t) => strip(await chaos.sql.unsafe(`select * from stories.${t} order by 1, 2`))));
  const live = await snapshot();
  expect((await chaos.cli(["projections", "rebuild", "stories"])).code).toBe(0);
  expect(await snapshot()).toEqual(live);
  const countsBefore = await chaos.sql`select * from event_counts.daily order by 1, 2`;
  await chaos.cli(["projections", "rebuild", "event_counts"]);
  expect(await chaos.sql`select * from event_counts.daily order by 1, 2`).toEqual(countsBefore);
}, 600_000);
