import { type CorpusServer, loadCorpus, startCorpusServer } from "@pushback/demo";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PipelineHarness, startPipelineHarness } from "./support/pipelineHarness.ts";

let corpus: CorpusServer;
let h: PipelineHarness;
beforeAll(async () => {
  corpus = await startCorpusServer(loadCorpus());
  h = await startPipelineHarness("pipeline", {
    PUSHBACK_ALLOW_PRIVATE_HOSTS: corpus.host,
    PUSHBACK_REFETCH_AFTER: "1h",
  });
});
afterAll(async () => {
  await h.close();
  await corpus.close();
});

const storyRows = (query: string) => h.sql.unsafe(query);

it("turns three outlets' feeds, released in three phases, into stories with claims, denials, clarifications and reaffirmations", async () => {
  for (const feed of corpus.feedUrls) await h.cli(["feeds", "add", feed.url, "--outlet", feed.outlet]);
  for (const service of ["worker", "desk", "projector"]) h.spawnService(service);

  corpus.setPhase(1);
  await h.waitFor(async () => (await h.countEvents("ArticleExtracted")) === 4, 60_000, "phase 1 articles");
  await h.waitFor(async () => (await h.countEvents("QuotesCounted")) === 4, 30_000, "phase 1 quotes");
  corpus.setPhase(2);
  await h.waitFor(async () => (await h.countEvents("ArticleExtracted")) === 8, 60_000, "phase 2 articles");
  corpus.setPhase(3);
  await h.waitFor(async () => (await h.countEvents("ArticleExtracted")) === 11, 60_000, "phase 3 articles");
  await h.waitFor(async () => (await h.countEvents("QuotesCounted")) === 11, 30_000, "all quotes");
  // The desk records every statement, then the projector catches up with its decisions.
  await h.waitFor(
    async () => (await h.countEvents("StatementRecorded")) === (await h.countEvents("StatementExtracted")),
    30_000,
    "the desk",
  );
  await h.waitFor(
    async () => {
      const [row] = await h.sql`select count(*)::int as n from stories.story_statements`;
      return row!.n === (await h.countEvents("StatementRecorded"));
    },
    30_000,
    "the projection",
  );

  const stories = await storyRows("select * from stories.stories order by first_seen");
  const kazakhstan = stories.find((s) => s.governments.includes("Kazakhstan") && s.platforms.includes("Meta"));
  const india = stories.find((s) => s.governments.includes("India") && s.platforms.includes("X"));
  expect(kazakhstan, JSON.stringify(stories.map((s) => [s.title, s.governments, s.platforms]))).toBeDefined();
  expect(india).toBeDefined();
  expect(kazakhstan!.articles).toBeGreaterThanOrEqual(6);
  expect(kazakhstan!.has_new_denial).toBe(true);
  expect(kazakhstan!.has_new_clarification).toBe(true);

  const kzContradictions = await h.sql`
    select type, claim_party, response_party, evidence from stories.story_contradictions
    where story_id = ${kazakhstan!.story_id} order by type`;
  expect(kzContradictions.map((c) => `${c.response_party} ${c.type} ${c.claim_party}`)).toEqual([
    "Meta clarification Kazakhstan",
    "Meta denial Kazakhstan",
  ]);
  const denial = kzContradictions.find((c) => c.type === "denial")!;
  expect(denial.evidence).toBeGreaterThanOrEqual(3); // several quotes in three outlets, one contradiction

  const stances = await h.sql`
    select party, stance, outlet from stories.story_statements where story_id = ${kazakhstan!.story_id}`;
  expect(stances.some((s) => s.party === "Kazakhstan" && s.stance === "reaffirmation")).toBe(true);
  expect(new Set(stances.map((s) => s.outlet))).toEqual(new Set(["Wire Service", "Liberty Radio", "The Envoy"]));

  const indiaContradictions = await h.sql`
    select type, response_party from stories.story_contradictions where story_id = ${india!.story_id}`;
  expect(indiaContradictions.map((c) => `${c.response_party} ${c.type}`)).toContain("X denial");
  // Distractors open no story.
  expect(stories.every((s) => !/wheat|film festival/i.test(s.title))).toBe(true);
});

it("rebuilds the story views to the same rows the live projector built", async () => {
  const tables = ["stories", "story_statements", "story_claims", "story_contradictions", "story_sources"];
  const strip = (rows: any[]) => rows.map(({ recorded_at, detected_at, linked_at, ...rest }) => rest);
  const live = await Promise.all(tables.map((t) => storyRows(`select * from stories.${t} order by 1, 2`)));
  const rebuilt = await h.cli(["projections", "rebuild", "stories"]);
  expect(rebuilt.stdout).toMatch(/rebuilt stories: g1 -> g2/);
  const after = await Promise.all(tables.map((t) => storyRows(`select * from stories.${t} order by 1, 2`)));
  expect(after.map(strip)).toEqual(live.map(strip));
});

it("reports each feed's last poll and errors, queue depths and processor lag", async () => {
  await h.cli(["feeds", "add", `${corpus.url}/gone/feed.xml`, "--outlet", "Gone"]);
  await h.waitFor(async () => (await h.countEvents("FeedFetchFailed")) >= 1, 20_000, "the broken feed's failure");
  const result = await h.cli(["status", "--json"]);
  const status = JSON.parse(result.stdout);
  const byOutlet = new Map(status.feeds.map((f: any) => [f.outlet, f]));
  expect(byOutlet.get("Wire Service")).toMatchObject({ enabled: true, consecutiveErrors: 0 });
  expect(["new-content", "not-modified"]).toContain((byOutlet.get("Wire Service") as any).lastOutcome);
  expect(byOutlet.get("Gone")).toMatchObject({ consecutiveErrors: 1, lastOutcome: "http" });
  expect((byOutlet.get("Gone") as any).lastError).toContain("404");
  expect(Object.keys(status.queues)).toEqual(["feed-poll", "article-fetch"]);
  const desk = status.processors.find((p: any) => p.processor === "story_desk");
  expect(desk).toMatchObject({ parked: 0 });
  const text = await h.cli(["status"]);
  expect(text.stdout).toContain("PROCESSORS");
  expect(text.stdout).toMatch(/Gone\s+http/);
});
