// Discoveries with no fetch on record are queued again: once at start and by the periodic sweep,
// so articles lost with a Redis that dropped its queues are fetched after all.
import { articleJobId } from "@pushback/queues";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { requeueOrphanedArticles, sweepOrphanedArticles } from "./requeueOrphans.ts";
import { startWorkerHarness, type WorkerHarness } from "./testSupport/workerHarness.ts";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness("orphans");
});
afterAll(async () => {
  await h.close();
});

let position = 0;
async function appendRaw(streamId: string, type: string, data: Record<string, unknown>): Promise<void> {
  position++;
  await sql`insert into events (event_id, stream_id, stream_position, type, data, metadata)
    values (gen_random_uuid(), ${streamId}, ${position}, ${type}, cast(${JSON.stringify(data)} as text)::jsonb, '{}'::jsonb)`.execute(
    h.database.db,
  );
}

const discovered = (articleId: string) =>
  appendRaw(`feed-orphans-${articleId}`, "FeedItemDiscovered", {
    feedId: "f1",
    outlet: "Test Wire",
    articleId,
    link: `https://example.test/${articleId}`,
  });
const jobOf = (articleId: string) =>
  h.context.queues.articleFetch.getJob(
    articleJobId({ articleId, url: "", feedId: "f1", outlet: "Test Wire", reason: "discovered" }, "first"),
  );

it("queues a discovery that was never fetched, once, and leaves fetched ones alone", async () => {
  await discovered("lost");
  await discovered("done");
  await appendRaw("article-done", "ArticleFetched", { articleId: "done" });
  expect(await requeueOrphanedArticles(h.context)).toBe(1);
  const job = await jobOf("lost");
  expect(job?.data).toMatchObject({ articleId: "lost", url: "https://example.test/lost", reason: "discovered" });
  expect(await jobOf("done")).toBeUndefined();
  // Again: the job id dedupes, so the queue still holds one job for it.
  await requeueOrphanedArticles(h.context);
  expect(await h.context.queues.articleFetch.getJobCounts("waiting")).toMatchObject({ waiting: 1 });
});

it("the sweep picks up discoveries orphaned while the worker runs", async () => {
  const swept: number[] = [];
  const sweep = sweepOrphanedArticles(h.context, { everyMs: 50, onSwept: (n) => swept.push(n) });
  await discovered("later");
  await expect.poll(async () => (await jobOf("later"))?.data.articleId, { timeout: 5_000 }).toBe("later");
  await sweep.stop();
  expect(swept.length).toBeGreaterThan(0);
});
