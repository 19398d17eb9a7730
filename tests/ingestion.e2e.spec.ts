import { afterAll, beforeAll, expect, it } from "vitest";
import { type PipelineHarness, startPipelineHarness } from "./support/pipelineHarness.ts";

let h: PipelineHarness;
beforeAll(async () => {
  h = await startPipelineHarness("ingest", { PUSHBACK_REFETCH_AFTER: "3s", PUSHBACK_JOB_LOCK_MS: "2000" });
});
afterAll(() => h.close());

it("polls a registered feed, extracts its articles, and records an edit found by a scheduled refetch", async () => {
  h.server.route("/wire.xml", { headers: { "content-type": "application/rss+xml" }, body: h.fixture("wire-feed.xml") });
  h.server.route("/articles/kazakhstan-access", {
    headers: { "content-type": "text/html" },
    body: h.fixture("article-claim.html"),
  });
  h.server.route("/articles/football-snow", {
    headers: { "content-type": "text/html" },
    body: h.fixture("article-football.html"),
  });
  const added = await h.cli(["feeds", "add", `${h.server.url}/wire.xml`, "--outlet", "Wire"]);
  expect(added.stdout).toMatch(/^added [0-9a-f]{16} /);
  expect((await h.cli(["feeds", "add", `${h.server.url}/wire.xml`, "--outlet", "Wire"])).stdout).toMatch(
    /already registered/,
  );

  const worker = h.spawnService("worker");
  await h.waitFor(async () => (await h.countEvents("ArticleExtracted")) === 2, 30_000, "two extracted articles");
  // The page is edited before the scheduled refetch (3 s after extraction) comes round.
  h.server.route("/articles/kazakhstan-access", {
    headers: { "content-type": "text/html" },
    body: h.fixture("article-claim-revised.html"),
  });
  await h.waitFor(async () => (await h.countEvents("ArticleRevised")) === 1, 30_000, "the revision");
  const [revised] = await h.sql`select data from events where type = 'ArticleRevised'`;
  expect(revised!.data.diff.added[0].text).toContain("is the same in Kazakhstan as it is for other countries");
  // Several polls later there is still one discovery per item.
  await h.waitFor(
    async () => h.server.requests.filter((r) => r.path === "/wire.xml").length >= 3,
    15_000,
    "repeated polls",
  );
  expect(await h.countEvents("FeedItemDiscovered")).toBe(2);
  expect(await h.countEvents("FeedPolled")).toBe(1);
  worker.kill("SIGTERM");
  await new Promise((resolve) => worker.once("exit", resolve));
});

it("retries the job of a worker killed mid-fetch, without duplicate events", async () => {
  let requests = 0;
  let onRequest: () => void = () => {};
  const requested = new Promise<void>((resolve) => {
    onRequest = resolve;
  });
  h.server.route("/slow.xml", {
    headers: { "content-type": "application/rss+xml" },
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow desk</title>
      <item><title>Slow story</title><link>${h.server.url}/articles/slow</link><guid>slow-1</guid></item></channel></rss>`,
  });
  h.server.route("/articles/slow", (_request, response) => {
    requests++;
    onRequest();
    // The first worker is killed while it waits for this page.
    setTimeout(() => {
      if (!response.destroyed)
        response
          .writeHead(200, { "content-type": "text/html" })
          .end(h.fixture("article-football.html").replace("football final", "slow final"));
    }, 1_500);
  });
  const first = h.spawnService("worker");
  await h.cli(["feeds", "add", `${h.server.url}/slow.xml`, "--outlet", "Slow"]);
  await requested;
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));
  const second = h.spawnService("worker");
  await h.waitFor(
    async () => (await h.countEvents("ArticleExtracted", "data->>'title' like '%slow final%'")) === 1,
    45_000,
    "the slow article after the crash",
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(requests).toBeGreaterThanOrEqual(2);
  expect(await h.countEvents("ArticleExtracted", "data->>'title' like '%slow final%'")).toBe(1);
  const [fetched] = await h.sql`
    select count(*)::int as n from events e where type = 'ArticleFetched'
      and stream_id = (select stream_id from events where type = 'ArticleExtracted' and data->>'title' like '%slow final%')`;
  expect(fetched!.n).toBe(1);
  second.kill("SIGTERM");
});
