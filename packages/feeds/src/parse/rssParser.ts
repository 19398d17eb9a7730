import Parser from "rss-parser";
import { toIsoDate } from "./text.ts";

/** The raw shape rss-parser hands back: its own fields plus the custom ones requested below. */
export type RawRecord = Record<string, unknown>;
export interface RawFeed extends RawRecord {
  items: RawRecord[];
}

interface InternalParser {
  parseString(xml: string): Promise<RawFeed>;
}
type ParserInternals = {
  buildRSS0_9(xmlObj: RawRecord): RawRecord;
  buildRSS1(xmlObj: RawRecord): RawRecord;
  buildRSS2(xmlObj: RawRecord): RawRecord;
  parseItemAtom(entry: RawRecord): RawRecord;
  parseItemRss(item: RawRecord, fields: unknown): RawRecord;
};

// Kept raw so that links can be resolved against xml:base and bodies read without rss-parser's snippets.
const customFields = {
  feed: [
    ["$", "attrs", { keepArray: true }],
    ["link", "links", { keepArray: true }],
    "sy:updatePeriod",
    "sy:updateFrequency",
  ],
  item: [
    ["$", "attrs", { keepArray: true }],
    ["link", "links", { keepArray: true }],
    ["guid", "rawGuids", { keepArray: true }],
    ["published", "rawPublished"],
    ["updated", "rawUpdated"],
    ["atom:updated", "rawAtomUpdated"],
    ["dc:modified", "rawModified"],
    // Atom 0.3 names for published / updated.
    ["issued", "rawIssued"],
    ["modified", "rawModified03"],
    ["author", "rawAuthor"],
  ],
};

// Body fields whose snippets rss-parser builds with a regex that is quadratic on hostile input: the subclass
// hides them from rss-parser and passes them through raw (bodiesOf).
const bodyKeys = ["description", "content:encoded", "content", "summary"];

/**
 * rss-parser with three fixes: a feed without <channel> is an empty feed rather than a TypeError; an
 * unparseable Atom date no longer throws for the whole feed (rss-parser calls toISOString on it); body
 * snippets are not built with rss-parser's quadratic regex.
 */
function createParser(): InternalParser {
  const Base = Parser as unknown as new (options: object) => ParserInternals;
  class SafeParser extends Base {
    override buildRSS0_9(xmlObj: RawRecord): RawRecord {
      return super.buildRSS0_9(withChannel(xmlObj, "rss"));
    }
    override buildRSS1(xmlObj: RawRecord): RawRecord {
      return super.buildRSS1(withChannel(xmlObj, "rdf:RDF"));
    }
    override buildRSS2(xmlObj: RawRecord): RawRecord {
      return super.buildRSS2(withChannel(xmlObj, "rss"));
    }
    override parseItemAtom(entry: RawRecord): RawRecord {
      const item = super.parseItemAtom(withoutBodies(withoutBadDates(entry)));
      return { ...item, ...bodiesOf(entry) };
    }
    override parseItemRss(xmlItem: RawRecord, fields: unknown): RawRecord {
      const item = super.parseItemRss(withoutBodies(xmlItem), fields);
      return { ...item, ...bodiesOf(xmlItem) };
    }
  }
  return new SafeParser({ defaultRSS: 2, customFields }) as unknown as InternalParser;
}

/**
 * xml2js gives a string for a root with only text, and no `channel` key when there is no <channel>. Items placed
 * directly under the root (seen in the wild) are read as the channel's.
 */
function withChannel(xmlObj: RawRecord, rootName: string): RawRecord {
  const root = xmlObj[rootName];
  const copy: RawRecord = root && typeof root === "object" ? { ...(root as RawRecord) } : {};
  const channel = copy["channel"];
  if (!Array.isArray(channel) || typeof channel[0] !== "object" || channel[0] === null) {
    copy["channel"] = [copy["item"] ? { item: copy["item"] } : {}];
  }
  return { ...xmlObj, [rootName]: copy };
}

function withoutBadDates(entry: RawRecord): RawRecord {
  const copy = { ...entry };
  for (const key of ["published", "updated"]) {
    if (copy[key] !== undefined && toIsoDate((copy[key] as unknown[])[0]) === null) delete copy[key];
  }
  return copy;
}

function withoutBodies(entry: RawRecord): RawRecord {
  const copy = { ...entry };
  for (const key of bodyKeys) delete copy[key];
  return copy;
}

function bodiesOf(entry: RawRecord): RawRecord {
  const bodies: RawRecord = {};
  if (entry["description"]) bodies["rawDescription"] = (entry["description"] as unknown[])[0];
  if (entry["content:encoded"]) bodies["rawEncoded"] = (entry["content:encoded"] as unknown[])[0];
  if (entry["content"]) bodies["rawContent"] = (entry["content"] as unknown[])[0];
  if (entry["summary"]) bodies["rawSummary"] = (entry["summary"] as unknown[])[0];
  return bodies;
}

/** A fresh parser per call: xml2js parsers keep state and are not safe to reuse after an error. */
export function parseWithRssParser(xml: string): Promise<RawFeed> {
  return createParser().parseString(xml);
}
