export interface PollTimingInput {
  /** The configured polling interval. */
  baseSeconds: number;
  minSeconds: number;
  maxSeconds: number;
  /** Feed's own TTL (RSS <ttl> or sy:updatePeriod), minutes. */
  ttlMinutes?: number | null;
  /** Cache-Control max-age of the last response, seconds. */
  cacheControlMaxAge?: number | null;
  /** Expires header (HTTP-date) or a Date. */
  expires?: string | Date | null;
  /** Retry-After header: delta seconds or an HTTP-date. */
  retryAfter?: string | number | null;
  now: Date | number;
  /** Entries the feed published in the last 7 days; when given, replaces baseSeconds (Miniflux's adaptive mode). */
  entriesLastWeek?: number | null;
}

const WEEK_SECONDS = 7 * 24 * 3600;
const DAY_SECONDS = 24 * 3600;

/**
 * Seconds until the next poll: the largest of the interval, the feed's TTL, Cache-Control max-age, Expires and
 * Retry-After (each is a request not to come back sooner), clamped to [minSeconds, maxSeconds]. The interval is
 * baseSeconds, or with entriesLastWeek Miniflux's 7 days / entries (a daily feed polled daily, a feed with 2,000
 * entries a week every 5 min), itself clamped to [minSeconds, 24 h]. The final clamp means a hostile max-age or
 * Retry-After of a month cannot park a feed beyond maxSeconds.
 */
export function nextPollDelay(input: PollTimingInput): number {
  const nowMs = typeof input.now === "number" ? input.now : input.now.getTime();
  const candidates = [
    intervalSeconds(input),
    positive(input.ttlMinutes) * 60,
    positive(input.cacheControlMaxAge),
    secondsUntil(input.expires, nowMs),
    retryAfterSeconds(input.retryAfter, nowMs),
  ];
  return Math.round(clamp(Math.max(...candidates), input.minSeconds, input.maxSeconds));
}

function intervalSeconds({ baseSeconds, minSeconds, entriesLastWeek }: PollTimingInput): number {
  if (entriesLastWeek === undefined || entriesLastWeek === null) return baseSeconds;
  if (entriesLastWeek <= 0) return Math.max(minSeconds, DAY_SECONDS);
  return clamp(WEEK_SECONDS / entriesLastWeek, minSeconds, Math.max(minSeconds, DAY_SECONDS));
}

/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
function retryAfterSeconds(value: string | number | null | undefined, nowMs: number): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number") return positive(value);
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return secondsUntil(trimmed, nowMs);
}

function secondsUntil(value: string | Date | null | undefined, nowMs: number): number {
  if (value === undefined || value === null) return 0;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? 0 : Math.max(0, (time - nowMs) / 1000);
}

function positive(value: number | null | undefined): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
