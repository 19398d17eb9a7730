import type { PushbackEvent } from "@pushback/events";
import { eventId, type NewEvent } from "@pushback/eventstore";
import { itemFingerprint, itemKeys, type ParsedFeed, urlKey } from "@pushback/feeds";
import { articleIdFor } from "./ids.ts";

export interface FeedRef {
  feedId: string;
  url: string;
  outlet: string;
}

export interface FeedPollInput {
  feed: FeedRef;
  parsed: ParsedFeed;
  /** Fingerprints of the items seen in earlier polls, by item key. */
  known: ReadonlyMap<string, string>;
  fetch: { httpStatus: number; contentHash: string; durationMs: number };
  nextPollSeconds: number;
}

export interface FeedPollPlan {
  events: NewEvent<PushbackEvent>[];
  /** Item key → fingerprint for every item of this poll, to remember for the next one. */
  fingerprints: Map<string, string>;
  newItems: number;
  changedItems: number;
}

/**
 * What a poll with new content records: one FeedPolled, a FeedItemDiscovered per unseen item
 * (also unseen by URL key within this poll), and a FeedItemChanged per seen item that was edited.
 * Ids derive from the feed, item key and content, so a retried poll appends nothing twice.
 */
export function planFeedPoll(input: FeedPollInput): FeedPollPlan {
  const { feed, parsed, known } = input;
  const keys = itemKeys(feed.url, parsed.items);
  const fingerprints = new Map<string, string>();
  const seenUrlKeys = new Set<string>();
  const itemEvents: NewEvent<PushbackEvent>[] = [];
  let newItems = 0;
  let changedItems = 0;

  parsed.items.forEach((item, index) => {
    const itemKey = keys[index]!;
    if (fingerprints.has(itemKey)) return;
    const fingerprint = itemFingerprint(item);
    fingerprints.set(itemKey, fingerprint);
    const key = item.link ? urlKey(item.link) : null;
    const articleId = item.link ? articleIdFor(item.link) : null;
    const previous = known.get(itemKey);
    if (previous === undefined) {
      if (key && seenUrlKeys.has(key)) return;
      if (key) seenUrlKeys.add(key);
      newItems++;
      itemEvents.push({
        id: eventId(`FeedItemDiscovered:${feed.feedId}:${itemKey}`),
        type: "FeedItemDiscovered",
        data: {
          feedId: feed.feedId,
          outlet: feed.outlet,
          itemKey,
          articleId,
          guid: item.guid,
          link: item.link,
          urlKey: key,
          title: item.title,
          summary: item.summary,
          published: item.published,
          updated: item.updated,
          fingerprint,
        },
      });
    } else if (previous !== fingerprint) {
      changedItems++;
      itemEvents.push({
        id: eventId(`FeedItemChanged:${feed.feedId}:${itemKey}:${fingerprint}`),
        type: "FeedItemChanged",
        data: {
          feedId: feed.feedId,
          outlet: feed.outlet,
          itemKey,
          articleId,
          link: item.link,
          title: item.title,
          summary: item.summary,
          updated: item.updated,
          fingerprint,
          previousFingerprint: previous,
        },
      });
    }
  });

  const polled: NewEvent<PushbackEvent> = {
    id: eventId(`FeedPolled:${feed.feedId}:${input.fetch.contentHash}`),
    type: "FeedPolled",
    data: {
      feedId: feed.feedId,
      url: feed.url,
      httpStatus: input.fetch.httpStatus,
      contentHash: input.fetch.contentHash,
      kind: parsed.kind,
      itemCount: parsed.items.length,
      newItemCount: newItems,
      changedItemCount: changedItems,
      durationMs: Math.round(input.fetch.durationMs),
      nextPollSeconds: input.nextPollSeconds,
    },
  };
  return { events: [polled, ...itemEvents], fingerprints, newItems, changedItems };
}
