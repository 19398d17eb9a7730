import { Builder } from "xml2js";
import type { OpmlFeed } from "./types.ts";

type FeedInput = Pick<OpmlFeed, "xmlUrl"> & Partial<Omit<OpmlFeed, "xmlUrl">>;

/** OPML 2.0 with one folder outline per category (in first-seen order); uncategorised feeds at top level. */
export function toOpml(feeds: readonly FeedInput[], title = "Pushback subscriptions"): string {
  const top: object[] = [];
  const folders = new Map<string, object[]>();
  for (const feed of feeds) {
    const outline = { $: feedAttributes(feed) };
    if (!feed.category) {
      top.push(outline);
      continue;
    }
    let folder = folders.get(feed.category);
    if (!folder) {
      folder = [];
      folders.set(feed.category, folder);
      top.push({ $: { text: feed.category, title: feed.category }, outline: folder });
    }
    folder.push(outline);
  }
  const doc = { opml: { $: { version: "2.0" }, head: { title }, body: { outline: top } } };
  return new Builder({ xmldec: { version: "1.0", encoding: "UTF-8" } }).buildObject(doc);
}

function feedAttributes(feed: FeedInput): Record<string, string> {
  const name = feed.title ?? feed.xmlUrl;
  const attrs: Record<string, string> = { type: "rss", text: name, title: name, xmlUrl: feed.xmlUrl };
  if (feed.htmlUrl) attrs["htmlUrl"] = feed.htmlUrl;
  return attrs;
}
