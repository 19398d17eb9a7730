import { FeedParseError } from "../errors.ts";
import { resolveLink } from "./resolveLink.ts";
import { htmlToText, textOf, toIsoDate } from "./text.ts";
import type { FeedItem, ParsedFeed } from "./types.ts";

type Json = Record<string, unknown>;

/** JSON Feed 1.0 / 1.1 (jsonfeed.org). `author` (1.0) and `authors` (1.1) are both read. */
export function parseJsonFeed(text: string, url?: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FeedParseError(`invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (
    !isObject(doc) ||
    typeof doc["version"] !== "string" ||
    !doc["version"].startsWith("https://jsonfeed.org/version/")
  ) {
    throw new FeedParseError("JSON document is not a JSON Feed (no https://jsonfeed.org/version/ version)");
  }
  const items = Array.isArray(doc["items"]) ? doc["items"].filter(isObject) : [];
  const feedUrl = textOf(doc["feed_url"]);
  return {
    kind: "json",
    title: textOf(doc["title"]),
    link: resolveLink(textOf(doc["home_page_url"]), [url, feedUrl]),
    ttlMinutes: null,
    items: items.map((item) => toFeedItem(item, [url, feedUrl], authorName(doc))),
  };
}

function toFeedItem(
  item: Json,
  bases: (string | null)[] | (string | undefined | null)[],
  feedAuthor: string | null,
): FeedItem {
  const html = textOf(item["content_html"]);
  const plain = textOf(item["content_text"]);
  const summary = textOf(item["summary"]);
  return {
    guid: textOf(item["id"]),
    link: resolveLink(textOf(item["url"]) ?? textOf(item["external_url"]), bases),
    title: textOf(item["title"]),
    summary: summary ?? plain ?? (html === null ? null : htmlToText(html) || null),
    content: html ?? plain,
    published: toIsoDate(item["date_published"]),
    updated: toIsoDate(item["date_modified"]),
    author: authorName(item) ?? feedAuthor,
  };
}

function authorName(record: Json): string | null {
  const authors = Array.isArray(record["authors"]) ? record["authors"] : [record["author"]];
  const names = authors
    .filter(isObject)
    .map((a) => textOf(a["name"]))
    .filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(", ") : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
