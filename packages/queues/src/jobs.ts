import type { EventData } from "@pushback/events";

export const QUEUE = {
  feedPoll: "feed-poll",
  articleFetch: "article-fetch",
} as const;

/** A scheduled poll of one feed (the job scheduler's template data). */
export interface FeedPollJob {
  feedId: string;
  url: string;
  outlet: string;
}

export type FetchReason = EventData<"ArticleFetched">["reason"];

/** Fetch and extract one article. */
export interface ArticleFetchJob {
  articleId: string;
  url: string;
  feedId: string | null;
  outlet: string;
  reason: FetchReason;
}

/** One scheduler per feed, named after it so that reconciling is an upsert. */
export const feedSchedulerId = (feedId: string) => `feed-${feedId}`;

/**
 * Job ids (BullMQ forbids ":" in them) make enqueueing idempotent while the job is kept (BullMQ dedupes by id): one fetch per
 * article and reason-instance. Handlers stay idempotent for when a removed job is enqueued again.
 */
export function articleJobId(job: ArticleFetchJob, instance: string): string {
  return `article-${job.articleId}-${job.reason}-${instance}`;
}
