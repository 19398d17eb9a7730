import { eventId } from "@pushback/eventstore";
import {
  decodeBody,
  errorBackoff,
  FeedParseError,
  itemKeys,
  nextPollDelay,
  type ParsedFeed,
  parseFeed,
} from "@pushback/feeds";
import { FetchError } from "@pushback/fetcher";
import { feedStream, planFeedPoll } from "@pushback/ingestion";
import { type FeedPollJob, feedSchedulerId } from "@pushback/queues";
import { fetchOutcomes } from "@pushback/runtime";
import { describeFailure } from "./failureCategory.ts";
import type { WorkerContext } from "./workerContext.ts";

export type PollOutcome = "new-content" | "not-modified" | "failed";

/**
 * One poll of one feed: conditional fetch, decode, parse, then FeedPolled and the new or changed
 * items in one append to the feed's stream. A failure of any kind is recorded as FeedFetchFailed
 * and backs the feed off; it never throws, so a bad feed never takes a worker down.
 */
export async function pollFeed(context: WorkerContext, job: FeedPollJob, jobId: string): Promise<PollOutcome> {
  const { env, store, fetcher, state } = context;
  const previous = await state.get("feed", job.feedId);
  const started = performance.now();
  const now = new Date();
  try {
    const result = await fetcher.fetch(job.url, {
      etag: previous.etag,
      lastModified: previous.lastModified,
      previousHash: previous.hash,
      kind: "feed",
    });
    const interval = pollInterval(context, result.headers, null, now);
    if (result.notModified) {
      await state.set("feed", job.feedId, {
        consecutiveErrors: 0,
        lastPolledAt: now.toISOString(),
        lastOutcome: "not-modified",
      });
      await reschedule(context, job, previous.intervalSeconds, interval);
      fetchOutcomes.inc({ outlet: job.outlet, kind: "feed", outcome: "not-modified" });
      return "not-modified";
    }
    const parsed = await parseFeed(decodeBody(result.body, result.contentType).text, { url: result.finalUrl });
    const adaptive = pollInterval(context, result.headers, parsed, now);
    const plan = planFeedPoll({
      feed: job,
      parsed,
      known: await state.itemFingerprints(job.feedId, itemKeys(job.url, parsed.items)),
      fetch: { httpStatus: result.httpStatus, contentHash: result.hash!, durationMs: performance.now() - started },
      nextPollSeconds: adaptive,
    });
    await store.append(feedStream(job.feedId), plan.events);
    // Remember only after the append: a crash in between re-records the same ids, a no-op.
    await state.rememberItems(job.feedId, plan.fingerprints);
    await state.set("feed", job.feedId, {
      etag: result.etag,
      lastModified: result.lastModified,
      hash: result.hash,
      consecutiveErrors: 0,
      lastPolledAt: now.toISOString(),
      lastOutcome: "new-content",
    });
    await reschedule(context, job, previous.intervalSeconds, adaptive);
    fetchOutcomes.inc({ outlet: job.outlet, kind: "feed", outcome: "new-content" });
    return "new-content";
  } catch (error) {
    // Only the feed's own failures count against it; Redis or Postgres trouble is ours: BullMQ retries.
    if (!(error instanceof FetchError || error instanceof FeedParseError)) throw error;
    const failure = describeFailure(error, "parse");
    const consecutiveErrors = previous.consecutiveErrors + 1;
    const retryInSeconds = Math.max(
      errorBackoff(consecutiveErrors, env.PUSHBACK_MIN_POLL_SECONDS),
      failure.retryAfterSeconds ?? 0,
    );
    await store.append(feedStream(job.feedId), [
      {
        id: eventId(`FeedFetchFailed:${job.feedId}:${jobId}`),
        type: "FeedFetchFailed",
        data: {
          feedId: job.feedId,
          url: job.url,
          category: failure.category,
          httpStatus: failure.httpStatus,
          message: failure.message,
          consecutiveErrors,
          retryInSeconds,
        },
      },
    ]);
    await state.set("feed", job.feedId, {
      consecutiveErrors,
      lastPolledAt: now.toISOString(),
      lastOutcome: failure.category,
    });
    await reschedule(context, job, previous.intervalSeconds, retryInSeconds);
    context.logger.warn({ feedId: job.feedId, url: job.url, ...failure }, "feed poll failed");
    fetchOutcomes.inc({ outlet: job.outlet, kind: "feed", outcome: failure.category });
    return "failed";
  }
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The feed's next interval: the base, stretched by what the server asks and, for quiet feeds, by their pace. */
function pollInterval(
  { env }: WorkerContext,
  headers: Readonly<Record<string, string>>,
  parsed: ParsedFeed | null,
  now: Date,
): number {
  const base = Math.max(env.PUSHBACK_POLL_SECONDS, env.PUSHBACK_MIN_POLL_SECONDS);
  const maxAge = /max-age=(\d+)/.exec(headers["cache-control"] ?? "")?.[1];
  let entriesLastWeek: number | null = null;
  if (env.PUSHBACK_ADAPTIVE_POLLING && parsed) {
    const dated = parsed.items.filter((item) => item.published);
    if (dated.length)
      entriesLastWeek = dated.filter((item) => now.getTime() - Date.parse(item.published!) < WEEK_MS).length;
  }
  const adaptive = nextPollDelay({
    baseSeconds: base,
    minSeconds: base,
    maxSeconds: base * 12,
    ttlMinutes: parsed?.ttlMinutes ?? null,
    cacheControlMaxAge: maxAge ? Number(maxAge) : null,
    expires: headers.expires ?? null,
    retryAfter: headers["retry-after"] ?? null,
    now,
    entriesLastWeek,
  });
  return Math.max(env.PUSHBACK_MIN_POLL_SECONDS, adaptive);
}

/** Re-upserts the feed's scheduler when its interval changed, so the next poll comes at the new pace. */
async function reschedule(
  context: WorkerContext,
  job: FeedPollJob,
  previousSeconds: number | null,
  seconds: number,
): Promise<void> {
  if (previousSeconds === seconds) return;
  // A feed removed while this poll ran keeps no scheduler.
  if (!(await context.queues.feedPoll.getJobScheduler(feedSchedulerId(job.feedId)))) return;
  await context.queues.feedPoll.upsertJobScheduler(
    feedSchedulerId(job.feedId),
    // A changed `every` makes BullMQ run the scheduler at once unless a start date says when.
    { every: seconds * 1000, startDate: Date.now() + seconds * 1000 },
    { name: "poll", data: job },
  );
  await context.state.set("feed", job.feedId, { intervalSeconds: seconds });
}
