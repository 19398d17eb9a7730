import type { Redis } from "ioredis";

/**
 * Per-host request spacing shared by every worker through Redis. Each host has a hash with
 * `next` (earliest start of the next request, Redis server clock, ms) and `delay` (spacing learnt
 * from the last response). Reserving is one atomic script, so two processes can never take the
 * same slot; all times come from Redis TIME, so worker clocks do not matter.
 */
export type HostSlots = {
  /** Waits for this host's next slot and takes it. Throws SlotTooFar if that is more than maxWaitMs away. */
  acquire(host: string): Promise<void>;
  /** After a response (or failure) that took `responseMs`: adapt the spacing, honour Retry-After. */
  settle(host: string, responseMs: number, retryAfterMs?: number): Promise<void>;
};

export class SlotTooFar extends Error {
  constructor(
    readonly host: string,
    readonly waitMs: number,
  ) {
    super(`${host} is not due for another ${Math.ceil(waitMs / 1000)} s (politeness / Retry-After)`);
  }
}

// Keep a host's state for an hour after its next slot so the learnt delay survives short gaps.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextAt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local delay = math.max(tonumber(ARGV[1]), tonumber(redis.call('HGET', KEYS[1], 'delay') or '0'))
local slot = math.max(now, nextAt)
if slot - now > tonumber(ARGV[2]) then return -(slot - now) end
redis.call('HSET', KEYS[1], 'next', slot + delay)
redis.call('PEXPIRE', KEYS[1], slot + delay - now + 3600000)
return slot - now
`;

const SETTLE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local delay = tonumber(ARGV[1])
local started = now - tonumber(ARGV[2])
local want = math.max(started + delay, now + tonumber(ARGV[3]))
local nextAt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
redis.call('HSET', KEYS[1], 'delay', delay)
if want > nextAt then redis.call('HSET', KEYS[1], 'next', want) else want = nextAt end
redis.call('PEXPIRE', KEYS[1], math.max(want - now, 0) + 3600000)
return want - now
`;

export function redisHostSlots(
  redis: Redis,
  options: { keyPrefix: string; hostDelayMs: number; slowResponseFactor: number; maxWaitMs: number },
): HostSlots {
  const key = (host: string) => `${options.keyPrefix}host:${host.toLowerCase()}`;
  return {
    async acquire(host) {
      const wait = Number(await redis.eval(RESERVE, 1, key(host), options.hostDelayMs, options.maxWaitMs));
      if (wait < 0) throw new SlotTooFar(host, -wait);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    },
    async settle(host, responseMs, retryAfterMs = 0) {
      const rt = Math.max(0, Math.round(responseMs));
      const delay = Math.max(options.hostDelayMs, Math.round(options.slowResponseFactor * rt));
      await redis.eval(SETTLE, 1, key(host), delay, rt, Math.max(0, Math.round(retryAfterMs)));
    },
  };
}
