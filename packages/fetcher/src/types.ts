import type { Redis } from "ioredis";

export type FetchKind = "feed" | "article";

/** What the caller remembers from the last fetch of this URL. */
export type FetchRequest = {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** sha256 hex of the last body: a 200 with the same hash is reported as not modified. */
  readonly previousHash?: string | null;
  /** "article" checks robots.txt; "feed" (default) does not. Also picks the Accept header. */
  readonly kind?: FetchKind;
};

export type FetchResult = {
  readonly status: "ok";
  /** The URL asked for. */
  readonly url: string;
  /** The URL the body came from, after redirects. */
  readonly finalUrl: string;
  readonly httpStatus: number;
  /** Response headers, names lowercased, repeated values joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** Decoded (decompressed) body; empty on 304. */
  readonly body: Uint8Array;
  readonly contentType: string | null;
  /** From this response, or carried over from the request on a 304 that omits them. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** sha256 hex of `body`; on a 304 the request's previousHash (null if none was given). */
  readonly hash: string | null;
  /** 304, or 200 whose body hash equals previousHash (servers that ignore conditional GET). */
  readonly notModified: boolean;
  /** Every URL redirected to, in order (finalUrl is the last one). */
  readonly redirects: readonly string[];
  readonly timings: { readonly startedAt: Date; readonly totalMs: number };
};

export type FetchErrorCategory = "network" | "timeout" | "http" | "too_large" | "blocked" | "robots" | "redirects";

export type FetcherOptions = {
  /** ioredis client shared by all fetchers of the deployment: politeness slots and robots cache. */
  readonly redis: Redis;
  /** Prefix of every Redis key (default "pushback:fetcher:"); tests give each file its own. */
  readonly keyPrefix?: string;
  /** Default `Pushback/0.1 (+https://github.com/pushback/pushback)`. */
  readonly userAgent?: string;
  /** TCP (and TLS) connect timeout per hop, default 10 000 ms. */
  readonly connectTimeoutMs?: number;
  /** Budget for the whole fetch (all hops, excluding politeness waits), default 20 000 ms. */
  readonly totalTimeoutMs?: number;
  /** Cap on raw and decompressed body bytes, default 15 MiB. */
  readonly maxBodyBytes?: number;
  /** Redirects followed before failing, default 5. */
  readonly maxRedirects?: number;
  /** Minimum spacing of requests to one host across all workers, default 2000 (PUSHBACK_HOST_DELAY_MS). */
  readonly hostDelayMs?: number;
  /** Spacing grows to `slowResponseFactor` × the host's last response time when that is larger; default 3. */
  readonly slowResponseFactor?: number;
  /**
   * Longest a fetch waits for its host's slot (default 60 000 ms); beyond that (a long Retry-After,
   * a queue of requests to one host) it fails at once with category "http", no httpStatus, and
   * retryAfterSeconds, so the caller can reschedule instead of holding a worker.
   */
  readonly maxPolitenessWaitMs?: number;
  /**
   * PUSHBACK_ALLOW_PRIVATE_HOSTS as given (comma list) or split: host, host:port, IP or CIDR
   * entries that may be private; see parseAllowList. Invalid entries make createFetcher throw.
   */
  readonly allowPrivateHosts?: string | readonly string[];
  /** PEM certificates trusted for HTTPS in addition to Node's root store (a private CA; tests). */
  readonly extraCaCertificates?: readonly string[];
  /** DNS resolver, default dns.lookup with all: true. Injected in tests. */
  readonly resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
  /** robots.txt cache lifetime, default 1 h; after a 5xx or network failure, default 10 min. */
  readonly robotsTtlMs?: number;
  readonly robotsFailureTtlMs?: number;
};

export type Fetcher = {
  fetch(url: string, request?: FetchRequest): Promise<FetchResult>;
  /** Closes idle keep-alive sockets. The Redis client belongs to the caller and stays open. */
  close(): void;
};
