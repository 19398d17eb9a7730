import { loadEnv } from "@pushback/config";
import { readProcessorStatus } from "@pushback/eventstore";
import { openEventStore } from "@pushback/runtime";
import type { Command } from "commander";
import { sql } from "kysely";
import { openDatabase } from "../openDatabase.ts";

/** Everything `pushback status` reports, also printed as JSON with --json. */
export interface PipelineStatus {
  feeds: {
    feedId: string;
    outlet: string;
    url: string;
    enabled: boolean;
    lastPolledAt: string | null;
    lastOutcome: string | null;
    consecutiveErrors: number;
    lastError: string | null;
  }[];
  queues: Record<string, Record<string, number>>;
  processors: { processor: string; lagEvents: number; lagSeconds: number; parked: number; owner: string | null }[];
  alertsPending: number | null;
}

export async function readPipelineStatus(): Promise<PipelineStatus> {
  const [{ connectRedis, createQueues }, { PollState, readFeedRegistry }] = await Promise.all([
    import("@pushback/queues"),
    import("@pushback/worker"),
  ]);
  const env = loadEnv();
  const database = await openDatabase();
  const redis = await connectRedis(env.REDIS_URL);
  try {
    await database.migrate();
    const store = openEventStore(database);
    const state = new PollState(redis, env.PUSHBACK_REDIS_PREFIX);
    const queues = createQueues(redis, env.PUSHBACK_REDIS_PREFIX);
    const lastErrors = new Map(
      (
        await sql<{ feed_id: string; message: string }>`
          select distinct on (data->>'feedId') data->>'feedId' as feed_id, data->>'message' as message
          from events where type = 'FeedFetchFailed' order by data->>'feedId', global_position desc`.execute(
          database.db,
        )
      ).rows.map((row) => [row.feed_id, row.message]),
    );
    const feeds = [];
    for (const feed of (await readFeedRegistry(store)).values()) {
      const poll = await state.get("feed", feed.feedId);
      feeds.push({
        feedId: feed.feedId,
        outlet: feed.outlet,
        url: feed.url,
        enabled: feed.enabled,
        lastPolledAt: poll.lastPolledAt,
        lastOutcome: poll.lastOutcome,
        consecutiveErrors: poll.consecutiveErrors,
        lastError: poll.consecutiveErrors > 0 ? (lastErrors.get(feed.feedId) ?? null) : null,
      });
    }
    const counts = {
      "feed-poll": await queues.feedPoll.getJobCounts("waiting", "active", "delayed", "failed"),
      "article-fetch": await queues.articleFetch.getJobCounts("waiting", "active", "delayed", "failed"),
    };
    await queues.close();
    const processors = (await readProcessorStatus(database.db)).map((p) => ({
      processor: p.processor,
      lagEvents: p.lagEvents,
      lagSeconds: Math.round(p.lagSeconds),
      parked: p.parked,
      owner: p.owner,
    }));
    const outbox = await sql<{ n: number }>`
      select case when to_regclass('alert_outbox') is null then null
        else (select count(*)::int from alert_outbox where status <> 'sent') end as n`
      .execute(database.db)
      .catch(() => ({ rows: [{ n: null }] }));
    return { feeds, queues: counts, processors, alertsPending: outbox.rows[0]?.n ?? null };
  } finally {
    await redis.quit();
    await database.close();
  }
}

export function registerStatusCommand(program: Command): void {
  program
    .command("status")
    .description("feeds' last polls and errors, queue depths, processor lag, pending alerts")
    .option("--json", "print one JSON object")
    .action(async (options: { json?: boolean }) => {
      const status = await readPipelineStatus();
      if (options.json) {
        console.log(JSON.stringify(status));
        return;
      }
      console.log("FEEDS");
      for (const f of status.feeds) {
        const state = f.enabled ? (f.lastOutcome ?? "never polled") : "disabled";
        const errors = f.consecutiveErrors ? `  ${f.consecutiveErrors} errors: ${f.lastError ?? ""}` : "";
        console.log(`  ${f.outlet.padEnd(18)} ${state.padEnd(13)} ${f.lastPolledAt ?? "-"}  ${f.url}${errors}`);
      }
      console.log("QUEUES");
      for (const [queue, counts] of Object.entries(status.queues)) {
        console.log(
          `  ${queue.padEnd(14)} ${Object.entries(counts)
            .map(([k, v]) => `${k} ${v}`)
            .join("  ")}`,
        );
      }
      console.log("PROCESSORS");
      for (const p of status.processors) {
        const parked = p.parked ? `  PARKED ${p.parked}` : "";
        console.log(`  ${p.processor.padEnd(24)} lag ${p.lagEvents} events, ${p.lagSeconds} s${parked}`);
      }
      console.log(`ALERTS PENDING ${status.alertsPending ?? "n/a (notifier not set up)"}`);
    });
}
