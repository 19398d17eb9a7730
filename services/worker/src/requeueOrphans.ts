import { type ArticleFetchJob, articleJobId } from "@pushback/queues";
import { sql } from "kysely";
import type { WorkerContext } from "./workerContext.ts";

/**
 * Articles discovered in the last `days` that have no fetch on record, enqueued again. Covers a
 * Redis that lost its queues (restored from an old snapshot, or run without AOF): the dispatcher's
 * checkpoint had moved past their discovery, so nothing else would fetch them. Job ids dedupe
 * against jobs still queued. Runs at every worker start and then every few minutes
 * (`sweepOrphanedArticles`), so a Redis that loses its queues while workers run heals too.
 */
export async function requeueOrphanedArticles(context: WorkerContext, days = 7): Promise<number> {
  const rows = await sql<{ article_id: string; link: string; feed_id: string; outlet: string }>`
    select distinct on (d.data->>'articleId') d.data->>'articleId' as article_id, d.data->>'link' as link,
           d.data->>'feedId' as feed_id, d.data->>'outlet' as outlet
    from events d
    where d.type = 'FeedItemDiscovered' and d.data->>'articleId' is not null
      and d.created_at > now() - make_interval(days => ${days})
      and not exists (
        select 1 from events a where a.stream_id = 'article-' || (d.data->>'articleId')
          and a.type in ('ArticleFetched', 'ArticleFetchFailed'))`.execute(context.store.db);
  for (const row of rows.rows) {
    const job: ArticleFetchJob = {
      articleId: row.article_id,
      url: row.link,
      feedId: row.feed_id,
      outlet: row.outlet,
      reason: "discovered",
    };
    const jobId = articleJobId(job, "first");
    // A job id still held by a failed job would swallow the new one: retry that job instead.
    const existing = await context.queues.articleFetch.getJob(jobId);
    if (existing && (await existing.isFailed())) await existing.retry();
    else await context.queues.articleFetch.add("fetch", job, { jobId });
  }
  return rows.rows.length;
}

/** Runs `requeueOrphanedArticles` every `everyMs` (never two at once) until stopped. */
export function sweepOrphanedArticles(
  context: WorkerContext,
  { everyMs, onSwept }: { everyMs: number; onSwept?: (requeued: number, error?: unknown) => void },
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = requeueOrphanedArticles(context)
      .then((requeued) => onSwept?.(requeued))
      .catch((error: unknown) => onSwept?.(0, error))
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
