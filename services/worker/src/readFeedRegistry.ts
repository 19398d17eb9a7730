import { eventId } from "@pushback/eventstore";
import { type FeedEntry, feedStream, foldFeedRegistry } from "@pushback/ingestion";
import type { PushbackStore } from "@pushback/runtime";
import { sql } from "kysely";

/** The registered feeds, folded from the log's FeedAdded and FeedRemoved events. */
export async function readFeedRegistry(store: PushbackStore): Promise<Map<string, FeedEntry>> {
  const rows = await sql<{ type: string; data: any }>`
    select type, data from events where type in ('FeedAdded', 'FeedRemoved') order by global_position`.execute(
    store.db,
  );
  return foldFeedRegistry(rows.rows);
}

export interface AddFeedInput {
  feedId: string;
  url: string;
  outlet: string;
  title?: string | null;
  enabled?: boolean;
  note?: string | null;
}

/**
 * Registers a feed unless it is registered already. The event id is keyed on the stream's version,
 * so a command run twice, or two admins adding the same feed at once, add it once.
 */
export async function addFeed(store: PushbackStore, input: AddFeedInput): Promise<"added" | "exists"> {
  const stream = feedStream(input.feedId);
  const registry = await readFeedRegistry(store);
  if (registry.has(input.feedId)) return "exists";
  const version = await streamVersion(store, stream);
  await store.append(
    stream,
    [
      {
        id: eventId(`FeedAdded:${input.feedId}:v${version}`),
        type: "FeedAdded",
        data: {
          feedId: input.feedId,
          url: input.url,
          outlet: input.outlet,
          title: input.title ?? null,
          enabled: input.enabled ?? true,
          note: input.note ?? null,
        },
      },
    ],
    { expectedVersion: version === 0 ? "no_stream" : version },
  );
  return "added";
}

export async function removeFeed(store: PushbackStore, feedId: string, reason: string | null): Promise<boolean> {
  const registry = await readFeedRegistry(store);
  if (!registry.has(feedId)) return false;
  const stream = feedStream(feedId);
  const version = await streamVersion(store, stream);
  await store.append(
    stream,
    [{ id: eventId(`FeedRemoved:${feedId}:v${version}`), type: "FeedRemoved", data: { feedId, reason } }],
    { expectedVersion: version },
  );
  return true;
}

async function streamVersion(store: PushbackStore, stream: string): Promise<number> {
  const row = await store.db.selectFrom("streams").select("version").where("stream_id", "=", stream).executeTakeFirst();
  return row ? Number(row.version) : 0;
}
