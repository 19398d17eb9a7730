/**
 * @pushback/fetcher: fetches feeds and article pages over HTTP(S) for the pipeline.
 *
 *   const fetcher = createFetcher({ redis, hostDelayMs: env.PUSHBACK_HOST_DELAY_MS,
 *     allowPrivateHosts: env.PUSHBACK_ALLOW_PRIVATE_HOSTS }); // throws on a bad entry
 *   const r = await fetcher.fetch(url, { etag, lastModified, previousHash, kind: "feed" });
 *   if (!r.notModified) store(r.body, r.hash, r.etag, r.lastModified);
 *
 * Conditional GET plus body hash; connect/total timeouts; 15 MiB cap on raw and decompressed
 * bytes; redirects re-checked; SSRF guard on the address actually dialled; per-host spacing
 * across processes in Redis (adapts to slow hosts and Retry-After); robots.txt for articles.
 * Every failure is a FetchError whose `category` tells retry (network, timeout, http 5xx/429)
 * from give-up (blocked, robots, too_large, redirects, http 4xx). Two cases to know:
 * - category "http" with no httpStatus but retryAfterSeconds: the host is not due for longer
 *   than maxPolitenessWaitMs (Retry-After, busy host); nothing was sent, reschedule.
 * - Redis errors (politeness, robots cache) are not FetchErrors: they propagate as they are.
 * `timings.totalMs` includes politeness waits and a robots.txt fetch.
 */
export { createFetcher, DEFAULT_USER_AGENT } from "./createFetcher.ts";
export { FetchError } from "./FetchError.ts";
export { addressRange } from "./guard/addressRange.ts";
export { type ConnectTarget, isAddressAllowed } from "./guard/isAddressAllowed.ts";
export { type AllowRule, parseAllowList } from "./guard/parseAllowList.ts";
export type {
  FetchErrorCategory,
  Fetcher,
  FetcherOptions,
  FetchKind,
  FetchRequest,
  FetchResult,
} from "./types.ts";
