import type { Redis } from "ioredis";
import type { RobotsPolicy } from "./robotsPolicy.ts";

export type RobotsCache = {
  /** The policy for an origin: from Redis, else loaded once (concurrent callers share the load). */
  policyFor(origin: string): Promise<RobotsPolicy>;
};

export function redisRobotsCache(
  redis: Redis,
  options: {
    keyPrefix: string;
    ttlMs: number;
    failureTtlMs: number;
    load: (origin: string) => Promise<RobotsPolicy>;
  },
): RobotsCache {
  const loading = new Map<string, Promise<RobotsPolicy>>();
  const key = (origin: string) => `${options.keyPrefix}robots:${origin}`;

  async function loadAndStore(origin: string): Promise<RobotsPolicy> {
    const policy = await options.load(origin);
    const ttl = policy.kind === "disallow" ? options.failureTtlMs : options.ttlMs;
    await redis.set(key(origin), JSON.stringify(policy), "PX", ttl);
    return policy;
  }

  return {
    async policyFor(origin) {
      const cached = await redis.get(key(origin));
      if (cached !== null) return JSON.parse(cached) as RobotsPolicy;
      let pending = loading.get(origin);
      if (!pending) {
        pending = loadAndStore(origin).finally(() => loading.delete(origin));
        loading.set(origin, pending);
      }
      return pending;
    },
  };
}
