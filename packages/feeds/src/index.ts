/**
 * @pushback/feeds: pure feed handling (no I/O). Bytes and text come in as arguments; nothing is fetched.
 *
 * - decodeBody(bytes, contentType?) → { text, charset, note? }: BOM / UTF-8 first, then header, XML prolog, meta.
 * - parseFeed(text, { url? }) → Promise<ParsedFeed>: RSS 0.9x-2.0, RDF, Atom 0.3/1.0 (rss-parser) and JSON Feed;
 *   every failure is a FeedParseError (size and depth capped, no entity expansion, linear time).
 * - displayUrl(url) → string; urlKey(url) → "v1:..." | null: lossy dedupe key (field notes §4).
 * - itemKeys(feedUrl, items) → string[] ("guid:" | "url:" | "hash:" keys; GUIDs ignored when over 5% are
 *   empty or repeated); itemFingerprint(item) → string that changes when a seen item is edited.
 * - nextPollDelay(input) → seconds; errorBackoff(consecutiveErrors, minSeconds) → seconds.
 * - parseOpml(text) → Promise<OpmlDocument>; toOpml(feeds, title?) → string.
 */
export type { DecodedBody } from "./decode/decodeBody.ts";
export { decodeBody } from "./decode/decodeBody.ts";
export { FeedParseError } from "./errors.ts";
export { itemFingerprint } from "./identity/itemFingerprint.ts";
export { guidsTrustworthy, itemKeys, MAX_BAD_GUID_SHARE } from "./identity/itemKeys.ts";
export { parseOpml } from "./opml/parseOpml.ts";
export { toOpml } from "./opml/toOpml.ts";
export type { OpmlDocument, OpmlFeed } from "./opml/types.ts";
export { parseFeed } from "./parse/parseFeed.ts";
export type { FeedItem, FeedKind, ParsedFeed, ParseFeedOptions } from "./parse/types.ts";
export { errorBackoff } from "./schedule/errorBackoff.ts";
export type { PollTimingInput } from "./schedule/nextPollDelay.ts";
export { nextPollDelay } from "./schedule/nextPollDelay.ts";
export { displayUrl } from "./url/displayUrl.ts";
export { URL_KEY_VERSION, urlKey } from "./url/urlKey.ts";
