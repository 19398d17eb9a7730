import type { Env } from "@pushback/config";
import { type ProcessorHandle, runProcessor } from "@pushback/eventstore";
import { QUEUE } from "@pushback/queues";
import { type Logger, type MetricsCollector, type PushbackStore, queueJobs } from "@pushback/runtime";
import { Worker } from "bullmq";
import { dispatcher } from "./dispatcher.ts";
import { fetchArticle } from "./fetchArticle.ts";
import { pollFeed } from "./pollFeed.ts";
import { reconcileSchedulers } from "./reconcileSchedulers.ts";
import { requeueOrphanedArticles, sweepOrphanedArticles } from "./requeueOrphans.ts";
import { createWorkerContext, type WorkerContext } from "./workerContext.ts";

export interface RunningWorker {
  context: WorkerContext;
  dispatcher: ProcessorHandle;
  checks: Record<string, () => Promise<unknown>>;
  collectors: MetricsCollector[];
  stop(): Promise<void>;
}

export interface StartWorkerOptions {
  /** Run the BullMQ workers (feeds and articles); false runs only the dispatcher. */
  processJobs?: boolean;
  /** How often discoveries with no fetch on record are queued again (default 10 minutes). */
  orphanSweepMs?: number;
}

/**
 * The ingestion service: BullMQ workers for feed polls and article fetches, and the dispatcher
 * reactor that turns events into jobs. Run as many as you like against one Redis and Postgres:
 * jobs spread over them, and the dispatcher is active in one at a time.
 */
export async function startWorker(
  { env, store, logger }: { env: Env; store: PushbackStore; logger: Logger },
  options: StartWorkerOptions = {},
): Promise<RunningWorker> {
  const { context, redis } = await createWorkerContext({ env, store, logger });
  const { queues, fetcher } = context;
  const prefix = env.PUSHBACK_REDIS_PREFIX;
  const reconciled = await reconcileSchedulers(context);
  const requeued = await requeueOrphanedArticles(context);
  logger.info({ ...reconciled, requeued }, "feed schedulers reconciled, orphaned articles requeued");
  const sweep = sweepOrphanedArticles(context, {
    everyMs: options.orphanSweepMs ?? 10 * 60_000,
    onSwept: (n, error) => {
      if (error) logger.warn({ err: error }, "orphaned-article sweep failed (next one in a few minutes)");
      else if (n > 0) logger.info({ requeued: n }, "orphaned articles requeued");
    },
  });

  const workers: Worker[] = [];
  if (options.processJobs !== false) {
    const workerOptions = {
      connection: redis,
      prefix,
      concurrency: env.PUSHBACK_WORKER_CONCURRENCY,
      lockDuration: env.PUSHBACK_JOB_LOCK_MS,
      stalledInterval: Math.max(1_000, Math.floor(env.PUSHBACK_JOB_LOCK_MS / 2)),
      // A job whose worker died is taken up again; BullMQ's default fails it after one such stall,
      // which loses the article when workers are restarted often.
      maxStalledCount: 10,
    };
    workers.push(
      new Worker(QUEUE.feedPoll, (job) => pollFeed(context, job.data, job.id ?? job.name), workerOptions),
      new Worker(
        QUEUE.articleFetch,
        (job) =>
          fetchArticle(context, job.data, {
            jobId: job.id ?? job.name,
            attemptsMade: job.attemptsMade,
            maxAttempts: job.opts.attempts ?? 1,
          }),
        workerOptions,
      ),
    );
    for (const worker of workers) {
      worker.on("failed", (job, error) =>
        logger.warn({ queue: worker.name, jobId: job?.id, err: error }, "job failed (will retry if attempts remain)"),
      );
      worker.on("error", (error) => logger.error({ queue: worker.name, err: error }, "worker error"));
    }
  }
  const dispatcherHandle = runProcessor(store, dispatcher(context), {
    onError: (error) => logger.error({ err: error }, "dispatcher batch failed"),
    // The dispatcher only enqueues jobs and schedules: its failures are Redis being away, not bad
    // events, so it waits for Redis instead of parking discoveries.
    isOutage: () => true,
  });
  const states = ["waiting", "active", "delayed", "failed"] as const;
  return {
    context,
    dispatcher: dispatcherHandle,
    checks: { redis: () => redis.ping() },
    collectors: [
      async () => {
        for (const queue of [queues.feedPoll, queues.articleFetch]) {
          const counts = await queue.getJobCounts(...states);
          for (const state of states) queueJobs.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    ],
    async stop() {
      await sweep.stop();
      await dispatcherHandle.stop();
      await Promise.all(workers.map((worker) => worker.close()));
      await queues.close();
      fetcher.close();
      await redis.quit();
    },
  };
}
