import { FeedParseError, firstLine } from "../errors.ts";
import { bodyToHtml } from "./bodyToHtml.ts";
import { resolveLink } from "./resolveLink.ts";
import { parseWithRssParser, type RawFeed, type RawRecord } from "./rssParser.ts";
import { htmlToText, textOf, toIsoDate } from "./text.ts";
import type { FeedItem, FeedKind, ParsedFeed } from "./types.ts";
import { wrapXhtmlBodies } from "./xhtmlBodies.ts";

/** Maps rss-parser's output (plus the raw fields we ask it to keep) to our ParsedFeed. */
export async function parseXmlFeed(xml: string, kind: Exclude<FeedKind, "json">, url?: string): Promise<ParsedFeed> {
  let raw: RawFeed;
  try {
    raw = await parseWithRssParser(wrapXhtmlBodies(xml));
  } catch (error) {
    throw new FeedParseError(`cannot parse ${kind} feed: ${firstLine(error)}`, { cause: error });
  }
  const feedBase = xmlBase(raw["attrs"]);
  return {
    kind,
    title: textOf(raw["title"]),
    link: resolveLink(pickLink(raw["links"]) ?? textOf(raw["link"]), [url, feedBase]),
    ttlMinutes: ttlMinutes(raw),
    items: (raw.items ?? []).map((item) => toFeedItem(item, [url, feedBase])),
  };
}

function toFeedItem(item: RawRecord, bases: (string | null | undefined)[]): FeedItem {
  const guid = textOf(item["guid"]) ?? textOf(item["id"]) ?? textOf(item["rdf:about"]);
  const itemBases = [...bases, xmlBase(item["attrs"])];
  const ownLink = pickLink(item["links"], itemBases) ?? textOf(item["link"]);
  const content =
    bodyToHtml(item["rawEncoded"]) ?? bodyToHtml(item["rawContent"]) ?? bodyToHtml(item["rawDescription"]);
  const summaryHtml = bodyToHtml(item["rawDescription"]) ?? bodyToHtml(item["rawSummary"]) ?? content;
  return {
    guid,
    // RSS 2.0: a guid that is a permalink doubles as the link (isPermaLink defaults to true).
    link: resolveLink(ownLink ?? permalinkGuid(item, guid), itemBases),
    // Titles are routinely entity-escaped HTML (Atom type="html", most RSS): read them as text.
    title: titleText(item["title"]),
    summary: summaryHtml === null ? null : htmlToText(summaryHtml) || null,
    content,
    published:
      toIsoDate(item["rawPublished"]) ??
      toIsoDate(item["pubDate"]) ??
      toIsoDate(item["date"]) ??
      toIsoDate(item["rawIssued"]),
    updated:
      toIsoDate(item["rawUpdated"]) ??
      toIsoDate(item["rawAtomUpdated"]) ??
      toIsoDate(item["rawModified"]) ??
      toIsoDate(item["rawModified03"]),
    author: authorOf(item),
  };
}

function titleText(value: unknown): string | null {
  const title = textOf(value);
  return title === null ? null : htmlToText(title) || null;
}

function xmlBase(attrs: unknown): string | null {
  return attrs && typeof attrs === "object" ? textOf((attrs as Record<string, unknown>)["xml:base"]) : null;
}

/**
 * The alternate link among Atom <link> elements (rel absent or "alternate", HTML preferred), resolved against
 * its own xml:base. RSS <link> values are plain strings and come back as they are.
 */
function pickLink(links: unknown, bases: (string | null | undefined)[] = []): string | null {
  if (!Array.isArray(links)) return null;
  const candidates = links.map((link) => {
    if (typeof link === "string") return { href: link.trim(), rel: "alternate", type: "", base: null };
    const attrs = ((link as RawRecord)?.["$"] ?? {}) as Record<string, string | undefined>;
    return {
      href: attrs["href"]?.trim() ?? textOf(link) ?? "",
      rel: attrs["rel"] ?? "alternate",
      type: attrs["type"] ?? "",
      base: attrs["xml:base"] ?? null,
    };
  });
  const alternates = candidates.filter((c) => c.href && c.rel === "alternate");
  const best = alternates.find((c) => c.type === "" || c.type.includes("html")) ?? alternates[0];
  return best ? resolveLink(best.href, [...bases, best.base]) : null;
}

/** Only an RSS <guid> can be a permalink: an Atom <id> or RDF rdf:about that looks like a URL is not one. */
function permalinkGuid(item: RawRecord, guid: string | null): string | null {
  if (!guid || !/^https?:\/\//i.test(guid) || !Array.isArray(item["rawGuids"])) return null;
  const rawGuid = item["rawGuids"][0] as RawRecord | string | undefined;
  const attrs = typeof rawGuid === "object" ? (rawGuid["$"] as Record<string, string> | undefined) : undefined;
  return attrs?.["isPermaLink"]?.toLowerCase() === "false" ? null : guid;
}

function authorOf(item: RawRecord): string | null {
  const atomAuthor = item["rawAuthor"];
  if (atomAuthor && typeof atomAuthor === "object" && "name" in atomAuthor)
    return textOf((atomAuthor as RawRecord)["name"]);
  return textOf(item["creator"]) ?? textOf(item["author"]);
}

const updatePeriodMinutes: Record<string, number> = {
  hourly: 60,
  daily: 1440,
  weekly: 10080,
  monthly: 43200,
  yearly: 525600,
};

function ttlMinutes(raw: RawFeed): number | null {
  const ttl = Number.parseInt(textOf(raw["ttl"]) ?? "", 10);
  if (Number.isFinite(ttl) && ttl > 0) return ttl;
  const period = updatePeriodMinutes[textOf(raw["sy:updatePeriod"])?.toLowerCase() ?? ""];
  if (!period) return null;
  const frequency = Number.parseInt(textOf(raw["sy:updateFrequency"]) ?? "1", 10);
  return Math.max(1, Math.round(period / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1)));
}
