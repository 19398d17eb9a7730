import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { type ArticleFetchJob, type FeedPollJob, QUEUE } from "./jobs.ts";

export interface PipelineQueues {
  feedPoll: Queue<FeedPollJob>;
  articleFetch: Queue<ArticleFetchJob>;
  close(): Promise<void>;
}

/** Finished jobs are kept a day (so their ids still dedupe), failed ones a week; both capped. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

/** `prefix` namespaces every Redis key, so tests (and several deployments) can share one Redis. */
export function createQueues(redis: Redis, prefix = "pushback"): PipelineQueues {
  const options = {
    connection: redis,
    prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
    streams: { events: { maxLen: 1_000 } },
  };
  const feedPoll = new Queue<FeedPollJob>(QUEUE.feedPoll, options);
  const articleFetch = new Queue<ArticleFetchJob>(QUEUE.articleFetch, options);
  return {
    feedPoll,
    articleFetch,
    async close() {
      await Promise.all([feedPoll.close(), articleFetch.close()]);
    },
  };
}
