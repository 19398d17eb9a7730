import type { FeedItem } from "../parse/types.ts";
import { urlKey } from "../url/urlKey.ts";
import { hashText } from "./hashText.ts";

type KeyedItem = Pick<FeedItem, "guid" | "link" | "title" | "summary" | "content">;

/** Share of empty or repeated GUIDs in one fetch above which the feed's GUIDs are not trusted (FreshRSS). */
export const MAX_BAD_GUID_SHARE = 0.05;

/**
 * A stable identity per item of one fetch, in order: "guid:<feed> <guid>" (GUIDs are only unique within their
 * feed), else "url:<urlKey>" (the article, whichever feed carries it), else "hash:<title+content>" scoped to the
 * feed. When more than 5% of the fetch's GUIDs are empty or repeated, GUIDs are ignored for the whole fetch
 * (FreshRSS): such feeds put dates or constants in <guid>, and trusting them would merge or split entries.
 */
export function itemKeys(feedUrl: string, items: readonly KeyedItem[]): string[] {
  const feed = urlKey(feedUrl) ?? feedUrl.trim();
  const useGuids = guidsTrustworthy(items);
  return items.map((item) => {
    if (useGuids && item.guid) return `guid:${feed} ${item.guid}`;
    const key = item.link ? urlKey(item.link) : null;
    if (key) return `url:${key}`;
    return `hash:${hashText([feed, item.title, item.content ?? item.summary])}`;
  });
}

/** Every item whose GUID is empty or shared with another item of the fetch counts as bad (both copies). */
export function guidsTrustworthy(items: readonly Pick<FeedItem, "guid">[]): boolean {
  if (items.length === 0) return true;
  const counts = new Map<string, number>();
  for (const { guid } of items) if (guid) counts.set(guid, (counts.get(guid) ?? 0) + 1);
  const good = [...counts.values()].filter((count) => count === 1).length;
  return (items.length - good) / items.length <= MAX_BAD_GUID_SHARE;
}
