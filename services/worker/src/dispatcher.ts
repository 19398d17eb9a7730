import { parseDurations } from "@pushback/config";
import type { PushbackEvent } from "@pushback/events";
import { defineReactor, type Reactor } from "@pushback/eventstore";
import { type ArticleFetchJob, articleJobId, feedSchedulerId } from "@pushback/queues";
import type { WorkerContext } from "./workerContext.ts";

/**
 * Turns ingestion events into jobs: a discovered item into an article fetch, a changed item into a
 * refetch, a first extraction into the scheduled refetches, a feed added or removed into its poll
 * scheduler. A reactor: its checkpoint moves only forward, so a projection rebuild never re-enqueues,
 * and job ids make a re-delivery after a crash a no-op.
 */
export function dispatcher(context: WorkerContext): Reactor<PushbackEvent> {
  const refetchAfter = parseDurations(context.env.PUSHBACK_REFETCH_AFTER);
  const { feedPoll, articleFetch } = context.queues;
  return defineReactor<PushbackEvent>({
    name: "ingestion_dispatcher",
    dataOf: ["FeedAdded", "FeedRemoved", "FeedItemDiscovered", "FeedItemChanged", "ArticleExtracted"],
    async handle(event) {
      switch (event.type) {
        case "FeedAdded":
          if (event.data.enabled) await scheduleFeedPolls(context, event.data);
          else await feedPoll.removeJobScheduler(feedSchedulerId(event.data.feedId));
          return;
        case "FeedRemoved":
          await feedPoll.removeJobScheduler(feedSchedulerId(event.data.feedId));
          return;
        case "FeedItemDiscovered":
        case "FeedItemChanged": {
          const { articleId, link, feedId, outlet } = event.data;
          if (!articleId || !link) return;
          const discovered = event.type === "FeedItemDiscovered";
          const job: ArticleFetchJob = {
            articleId,
            url: link,
            feedId,
            outlet,
            reason: discovered ? "discovered" : "feed-item-changed",
          };
          await articleFetch.add("fetch", job, {
            jobId: articleJobId(job, discovered ? "first" : event.data.fingerprint),
          });
          return;
        }
        case "ArticleExtracted": {
          const { articleId, url, feedId, outlet } = event.data;
          const job: ArticleFetchJob = { articleId, url, feedId, outlet, reason: "scheduled-refetch" };
          const since = Date.now() - event.createdAt.getTime();
          await Promise.all(
            refetchAfter.map((after, index) =>
              articleFetch.add("fetch", job, {
                jobId: articleJobId(job, String(index)),
                delay: Math.max(0, after - since),
              }),
            ),
          );
          return;
        }
        default:
          return;
      }
    },
  });
}

/** Creates or updates the feed's poll scheduler (an `every` scheduler runs its first poll at once). */
export async function scheduleFeedPolls(
  context: WorkerContext,
  feed: { feedId: string; url: string; outlet: string },
): Promise<void> {
  const seconds = Math.max(context.env.PUSHBACK_POLL_SECONDS, context.env.PUSHBACK_MIN_POLL_SECONDS);
  const state = await context.state.get("feed", feed.feedId);
  await context.queues.feedPoll.upsertJobScheduler(
    feedSchedulerId(feed.feedId),
    { every: (state.intervalSeconds ?? seconds) * 1000 },
    { name: "poll", data: { feedId: feed.feedId, url: feed.url, outlet: feed.outlet } },
  );
}
