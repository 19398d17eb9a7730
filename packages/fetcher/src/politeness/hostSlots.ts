import type { Redis } from "ioredis";

/**
 * Per-host request spacing shared by every worker through Redis. Each host has a hash:
 * `next`  the reservation cursor: the slot the next caller gets (keeps callers in FIFO order);
 * `last`  when a request to the host last actually started;
 * `delay` spacing learnt from the last response (max(hostDelayMs, factor × response time));
 * `until` no request before this (Retry-After).
 * A caller reserves a slot, sleeps until it, then claims the start: the claim refuses while
 * `last + delay` or `until` lies ahead, so a worker whose timer fired late cannot squeeze the next
 * one closer than the spacing. Both steps are atomic scripts on the Redis clock, so several
 * processes (and their clocks) cannot break the spacing.
 */
export type HostSlots = {
  /** Waits for this host's turn and takes it. Throws SlotTooFar if that is more than maxWaitMs away. */
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

// Shared prologue: server time in ms and the host's state. State outlives its last slot by an
// hour so the learnt delay survives short gaps.
const STATE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s = redis.call('HMGET', KEYS[1], 'next', 'last', 'delay', 'until')
local nextAt, last, learnt, untilAt = tonumber(s[1] or '0'), tonumber(s[2] or '0'), tonumber(s[3] or '0'), tonumber(s[4] or '0')
local delay = math.max(tonumber(ARGV[1]), learnt)
local function keep(latest) redis.call('PEXPIRE', KEYS[1], math.max(latest - now, 0) + 3600000) end
`;

// ARGV: hostDelayMs, maxWaitMs. Returns ms to sleep before claiming, or -wait when too far.
const RESERVE = `${STATE}
local slot = math.max(now, nextAt, untilAt)
if slot - now > tonumber(ARGV[2]) then return -(slot - now) end
redis.call('HSET', KEYS[1], 'next', slot + delay)
keep(slot + delay)
return slot - now
`;

// ARGV: hostDelayMs. Returns 0 when the start is taken, else ms to wait before trying again.
const CLAIM = `${STATE}
local earliest = math.max(last + delay, untilAt)
if now < earliest then return earliest - now end
redis.call('HSET', KEYS[1], 'last', now)
keep(math.max(nextAt, now + delay))
return 0
`;

// ARGV: hostDelayMs, learnt delay, response ms, retry-after ms.
const SETTLE = `${STATE}
local learntNow = tonumber(ARGV[2])
local want = math.max(now - tonumber(ARGV[3]) + learntNow, nextAt)
redis.call('HSET', KEYS[1], 'delay', learntNow, 'next', want)
if tonumber(ARGV[4]) > 0 then
  untilAt = math.max(untilAt, now + tonumber(ARGV[4]))
  redis.call('HSET', KEYS[1], 'until', untilAt)
end
keep(math.max(want, untilAt))
return 0
`;

export function redisHostSlots(
  redis: Redis,
  options: { keyPrefix: string; hostDelayMs: number; slowResponseFactor: number; maxWaitMs: number },
): HostSlots {
  const key = (host: string) => `${options.keyPrefix}host:${host.toLowerCase()}`;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    async acquire(host) {
      const reserved = Number(await redis.eval(RESERVE, 1, key(host), options.hostDelayMs, options.maxWaitMs));
      if (reserved < 0) throw new SlotTooFar(host, -reserved);
      let waited = reserved;
      if (reserved > 0) await sleep(reserved);
      for (;;) {
        const more = Number(await redis.eval(CLAIM, 1, key(host), options.hostDelayMs));
        if (more === 0) return;
        waited += more;
        if (waited > options.maxWaitMs) throw new SlotTooFar(host, more);
        await sleep(more);
      }
    },
    async settle(host, responseMs, retryAfterMs = 0) {
      const rt = Math.max(0, Math.round(responseMs));
      const learnt = Math.max(options.hostDelayMs, Math.round(options.slowResponseFactor * rt));
      const retryAfter = Math.max(0, Math.round(retryAfterMs));
      await redis.eval(SETTLE, 1, key(host), options.hostDelayMs, learnt, rt, retryAfter);
    },
  };
}
