import { FeedParseError, firstLine } from "../errors.ts";
import { parseJsonFeed } from "./parseJsonFeed.ts";
import { parseXmlFeed } from "./parseXmlFeed.ts";
import type { FeedKind, ParsedFeed, ParseFeedOptions } from "./types.ts";
import { scanXml } from "./xmlGuards.ts";

const defaultMaxChars = 15 * 1024 * 1024;
const defaultMaxDepth = 512;

const kindByRoot: Record<string, Exclude<FeedKind, "json">> = { rss: "rss", feed: "atom", "rdf:RDF": "rdf" };

/**
 * Parses RSS 0.9x-2.0, RDF (RSS 1.0), Atom 0.3/1.0 (through rss-parser) and JSON Feed 1.0/1.1. Every failure is
 * a FeedParseError. Parsing is synchronous under the promise and linear in the input (size and depth capped, no
 * DTD entity expansion), so no timeout is needed.
 */
export async function parseFeed(text: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const maxChars = options.maxChars ?? defaultMaxChars;
  if (text.length > maxChars) throw new FeedParseError(`feed is ${text.length} characters, over the ${maxChars} limit`);
  try {
    const body = text.replace(/^[\ufeff\s]+/, "");
    if (body === "") throw new FeedParseError("empty document");
    if (body.startsWith("{")) return parseJsonFeed(body, options.url);
    const { root } = scanXml(body, options.maxDepth ?? defaultMaxDepth);
    if (root === null) throw new FeedParseError("no XML root element found");
    const kind = kindByRoot[root];
    if (!kind) throw new FeedParseError(`root element <${root}> is not rss, rdf:RDF or feed`);
    return await parseXmlFeed(body, kind, options.url);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    throw new FeedParseError(`cannot parse feed: ${firstLine(error)}`, { cause: error });
  }
}
