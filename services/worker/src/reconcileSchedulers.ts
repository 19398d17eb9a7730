import { feedSchedulerId } from "@pushback/queues";
import { scheduleFeedPolls } from "./dispatcher.ts";
import { readFeedRegistry } from "./readFeedRegistry.ts";
import type { WorkerContext } from "./workerContext.ts";

/**
 * Brings the poll schedulers in Redis in line with the feed registry in the log: after a Redis
 * restore or flush, every enabled feed gets its scheduler back and removed feeds lose theirs.
 * Idempotent; runs at every worker start.
 */
export async function reconcileSchedulers(context: WorkerContext): Promise<{ scheduled: number; removed: number }> {
  const registry = await readFeedRegistry(context.store);
  const wanted = new Set<string>();
  for (const feed of registry.values()) {
    if (!feed.enabled) continue;
    wanted.add(feedSchedulerId(feed.feedId));
    await scheduleFeedPolls(context, feed);
  }
  let removed = 0;
  for (const scheduler of await context.queues.feedPoll.getJobSchedulers()) {
    if (scheduler.key && !wanted.has(scheduler.key)) {
      await context.queues.feedPoll.removeJobScheduler(scheduler.key);
      removed++;
    }
  }
  return { scheduled: wanted.size, removed };
}
