import { createHash } from "node:crypto";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import tls from "node:tls";
import { FetchError } from "./FetchError.ts";
import { parseAddress } from "./guard/addressRange.ts";
import { guardedLookup, type Resolve } from "./guard/guardedLookup.ts";
import { isAddressAllowed } from "./guard/isAddressAllowed.ts";
import { parseAllowList } from "./guard/parseAllowList.ts";
import { parseRetryAfter } from "./http/parseRetryAfter.ts";
import { type HopResponse, requestOnce } from "./http/requestOnce.ts";
import { redisHostSlots, SlotTooFar } from "./politeness/hostSlots.ts";
import { redisRobotsCache } from "./robots/robotsCache.ts";
import { policyForFailure, type RobotsPolicy, robotsAllows } from "./robots/robotsPolicy.ts";
import type { Fetcher, FetcherOptions, FetchRequest, FetchResult } from "./types.ts";

export const DEFAULT_USER_AGENT = "Pushback/0.1 (+https://github.com/pushback/pushback)";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = {
  feed: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8",
  article: "text/html, application/xhtml+xml;q=0.9, */*;q=0.8",
};
// RFC 9309 asks crawlers to read at least 500 KiB of robots.txt.
const ROBOTS_MAX_BYTES = 512 * 1024;

const defaultResolve: Resolve = (host) => lookup(host, { all: true, verbatim: true });

/** The fetcher used for feeds and article pages; see FetcherOptions for defaults. */
export function createFetcher(options: FetcherOptions): Fetcher {
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const totalTimeoutMs = options.totalTimeoutMs ?? 20_000;
  const maxBodyBytes = options.maxBodyBytes ?? 15 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const keyPrefix = options.keyPrefix ?? "pushback:fetcher:";
  const allowList = parseAllowList(options.allowPrivateHosts ?? []);
  const resolve = options.resolve ?? defaultResolve;
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 8 }),
    https: new https.Agent({
      keepAlive: true,
      maxSockets: 8,
      // Setting `ca` replaces the root store, so extra certificates are added to it.
      ...(options.extraCaCertificates?.length ? { ca: [...tls.rootCertificates, ...options.extraCaCertificates] } : {}),
    }),
  };
  const slots = redisHostSlots(options.redis, {
    keyPrefix,
    hostDelayMs: options.hostDelayMs ?? 2000,
    slowResponseFactor: options.slowResponseFactor ?? 3,
    maxWaitMs: options.maxPolitenessWaitMs ?? 60_000,
  });
  const robots = redisRobotsCache(options.redis, {
    keyPrefix,
    ttlMs: options.robotsTtlMs ?? 3_600_000,
    failureTtlMs: options.robotsFailureTtlMs ?? 600_000,
    load: loadRobots,
  });

  /** Follows redirects from `url`, one polite, guarded hop at a time. */
  async function fetchFollowing(
    url: string,
    request: FetchRequest,
    limits: { maxBodyBytes: number; checkRobots: boolean },
  ): Promise<FetchResult> {
    const startedAt = new Date();
    const started = performance.now();
    const kind = request.kind ?? "feed";
    const headers: Record<string, string> = {
      "user-agent": userAgent,
      accept: ACCEPT[kind],
      "accept-encoding": "gzip, deflate, br",
    };
    if (request.etag) headers["if-none-match"] = request.etag;
    if (request.lastModified) headers["if-modified-since"] = request.lastModified;

    let current = httpUrl(url, url);
    const firstUrl = current.href;
    const redirects: string[] = [];
    let budgetMs = totalTimeoutMs;
    for (;;) {
      // IP literals never reach the lookup (net connects to them directly): check them here.
      const target = { host: current.hostname, port: portOf(current) };
      const literal = parseAddress(current.hostname);
      if (literal && !isAddressAllowed(literal.toString(), target, allowList)) {
        throw new FetchError("blocked", current.href, `address ${literal.toString()} is not allowed`);
      }
      if (limits.checkRobots) await checkRobots(current);
      const response = await politeHop(current, headers, budgetMs, limits.maxBodyBytes, (spentMs) => {
        budgetMs -= spentMs;
      });
      if (REDIRECT_STATUSES.has(response.httpStatus)) {
        current = nextHop(current, response, [firstUrl, ...redirects], url);
        redirects.push(current.href);
        continue;
      }
      const base = {
        status: "ok" as const,
        url,
        finalUrl: current.href,
        httpStatus: response.httpStatus,
        headers: response.headers,
        contentType: response.headers["content-type"] ?? null,
        redirects,
        timings: { startedAt, totalMs: Math.round(performance.now() - started) },
      };
      if (response.httpStatus === 304) {
        return {
          ...base,
          body: new Uint8Array(0),
          etag: response.headers.etag ?? request.etag ?? null,
          lastModified: response.headers["last-modified"] ?? request.lastModified ?? null,
          hash: request.previousHash ?? null,
          notModified: true,
        };
      }
      const body = response.body ?? new Uint8Array(0);
      const hash = createHash("sha256").update(body).digest("hex");
      return {
        ...base,
        body,
        etag: response.headers.etag ?? null,
        lastModified: response.headers["last-modified"] ?? null,
        hash,
        notModified: request.previousHash != null && request.previousHash === hash,
      };
    }
  }

  /** One hop after waiting for the host's slot; the slot is then adapted to how it went. */
  async function politeHop(
    url: URL,
    headers: Record<string, string>,
    budgetMs: number,
    hopMaxBodyBytes: number,
    spend: (ms: number) => void,
  ): Promise<HopResponse> {
    if (budgetMs <= 0) throw new FetchError("timeout", url.href, `no complete response within ${totalTimeoutMs} ms`);
    try {
      await slots.acquire(url.host);
    } catch (error) {
      if (!(error instanceof SlotTooFar)) throw error;
      throw new FetchError("http", url.href, error.message, { retryAfterSeconds: Math.ceil(error.waitMs / 1000) });
    }
    const hopStarted = performance.now();
    let response: HopResponse;
    try {
      response = await requestOnce({
        url,
        headers,
        lookup: guardedLookup({ host: url.hostname, port: portOf(url) }, allowList, resolve),
        agents,
        connectTimeoutMs,
        timeoutMs: budgetMs,
        maxBodyBytes: hopMaxBodyBytes,
        wantsBody: (status) => status >= 200 && status < 300 && status !== 204,
      });
    } catch (error) {
      const spent = performance.now() - hopStarted;
      spend(spent);
      await slots.settle(url.host, spent);
      throw error;
    }
    const spent = performance.now() - hopStarted;
    spend(spent);
    const { httpStatus } = response;
    const retryAfterSeconds =
      httpStatus === 429 || httpStatus === 503
        ? parseRetryAfter(response.headers["retry-after"], new Date())
        : undefined;
    await slots.settle(url.host, spent, (retryAfterSeconds ?? 0) * 1000);
    if (httpStatus >= 400 || (httpStatus >= 300 && !REDIRECT_STATUSES.has(httpStatus) && httpStatus !== 304)) {
      const detail = retryAfterSeconds === undefined ? "" : `, retry after ${retryAfterSeconds} s`;
      throw new FetchError("http", url.href, `HTTP ${httpStatus}${detail}`, { httpStatus, retryAfterSeconds });
    }
    return response;
  }

  /** The Location of a redirect, refused if it loops back to `visited` or goes past the limit. */
  function nextHop(current: URL, response: HopResponse, visited: readonly string[], original: string): URL {
    const location = response.headers.location;
    if (!location) {
      throw new FetchError("http", current.href, `HTTP ${response.httpStatus} without Location`, {
        httpStatus: response.httpStatus,
      });
    }
    const next = httpUrl(location, current.href, current);
    if (visited.includes(next.href)) {
      throw new FetchError("redirects", original, `redirect loop back to ${next.href}`);
    }
    if (visited.length > maxRedirects) {
      throw new FetchError("redirects", original, `more than ${maxRedirects} redirects (last: ${next.href})`);
    }
    return next;
  }

  async function checkRobots(url: URL): Promise<void> {
    const robotsUrl = `${url.origin}/robots.txt`;
    const policy = await robots.policyFor(url.origin);
    if (!robotsAllows(policy, robotsUrl, url.href, userAgent)) {
      throw new FetchError("robots", url.href, `disallowed by ${robotsUrl} (${policy.kind})`);
    }
  }

  async function loadRobots(origin: string): Promise<RobotsPolicy> {
    try {
      const result = await fetchFollowing(
        `${origin}/robots.txt`,
        { kind: "feed" },
        { maxBodyBytes: ROBOTS_MAX_BYTES, checkRobots: false },
      );
      return { kind: "rules", text: new TextDecoder().decode(result.body) };
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      return policyForFailure(error.category, error.httpStatus);
    }
  }

  return {
    fetch: (url, request = {}) =>
      fetchFollowing(url, request, { maxBodyBytes, checkRobots: (request.kind ?? "feed") === "article" }),
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** Parses `value` (relative to `base`) and insists on http(s): file:, ftp:, data: are refused. */
function httpUrl(value: string, reportAs: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FetchError("network", reportAs, `invalid URL "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError("blocked", reportAs, `scheme ${url.protocol} is not fetched`);
  }
  url.hash = "";
  return url;
}

function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}
