import type { Redis } from "ioredis";

/**
 * Operational memory of polling, kept in Redis beside the queues: validators for conditional GET,
 * the last body hash, error counts and item fingerprints. None of it is a fact: if Redis loses it,
 * the next poll fetches in full and deterministic event ids keep the log free of duplicates.
 */
export interface FetchState {
  etag: string | null;
  lastModified: string | null;
  hash: string | null;
  consecutiveErrors: number;
  intervalSeconds: number | null;
  lastPolledAt: string | null;
  lastOutcome: string | null;
}

export class PollState {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(kind: "feed" | "article", id: string) {
    return `${this.prefix}:state:${kind}:${id}`;
  }

  async get(kind: "feed" | "article", id: string): Promise<FetchState> {
    const raw = await this.redis.hgetall(this.key(kind, id));
    return {
      etag: raw.etag || null,
      lastModified: raw.lastModified || null,
      hash: raw.hash || null,
      consecutiveErrors: Number(raw.consecutiveErrors ?? 0),
      intervalSeconds: raw.intervalSeconds ? Number(raw.intervalSeconds) : null,
      lastPolledAt: raw.lastPolledAt || null,
      lastOutcome: raw.lastOutcome || null,
    };
  }

  async set(kind: "feed" | "article", id: string, state: Partial<FetchState>): Promise<void> {
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(state)) {
      if (value !== undefined) fields[name] = value === null ? "" : String(value);
    }
    if (Object.keys(fields).length) await this.redis.hset(this.key(kind, id), fields);
  }

  /** Fingerprints of the items a feed listed in earlier polls, by item key. */
  async itemFingerprints(feedId: string, itemKeys: string[]): Promise<Map<string, string>> {
    const known = new Map<string, string>();
    if (itemKeys.length === 0) return known;
    const values = await this.redis.hmget(`${this.prefix}:items:${feedId}`, ...itemKeys);
    itemKeys.forEach((key, index) => {
      const value = values[index];
      if (value) known.set(key, value);
    });
    return known;
  }

  async rememberItems(feedId: string, fingerprints: Map<string, string>): Promise<void> {
    if (fingerprints.size) await this.redis.hset(`${this.prefix}:items:${feedId}`, Object.fromEntries(fingerprints));
  }
}
