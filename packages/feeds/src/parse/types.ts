export type FeedKind = "rss" | "atom" | "rdf" | "json";

export interface FeedItem {
  guid: string | null;
  /** Resolved against the feed URL and any xml:base; null when the item has no link. */
  link: string | null;
  title: string | null;
  /** Plain text (tags stripped, entities decoded) of the description / summary / content. */
  summary: string | null;
  /** The item's HTML body as given (content:encoded, Atom content, description), for hashing or extraction. */
  content: string | null;
  /** ISO 8601, null when absent or unparseable. */
  published: string | null;
  updated: string | null;
  author: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  link: string | null;
  /** RSS <ttl>, else sy:updatePeriod/sy:updateFrequency, in minutes. */
  ttlMinutes: number | null;
  items: FeedItem[];
}

export interface ParseFeedOptions {
  /** The feed's own URL: base for relative links. */
  url?: string;
  /** Refuse inputs longer than this many characters (default 15 Mi, field notes §3). */
  maxChars?: number;
  /** Refuse XML nested deeper than this (default 512): deep nesting would exhaust the stack. */
  maxDepth?: number;
}
