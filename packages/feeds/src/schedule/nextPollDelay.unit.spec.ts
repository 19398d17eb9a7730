import { describe, expect, it } from "vitest";
import { nextPollDelay, type PollTimingInput } from "./nextPollDelay.ts";

const now = Date.parse("2021-11-26T12:00:00Z");
const base: PollTimingInput = { baseSeconds: 900, minSeconds: 300, maxSeconds: 86_400, now };

const cases: [string, Partial<PollTimingInput>, number][] = [
  ["the interval alone", {}, 900],
  ["a longer TTL wins", { ttlMinutes: 60 }, 3600],
  ["a shorter TTL does not shorten the interval", { ttlMinutes: 5 }, 900],
  ["Cache-Control max-age", { cacheControlMaxAge: 1800 }, 1800],
  ["Expires in two hours", { expires: "Fri, 26 Nov 2021 14:00:00 GMT" }, 7200],
  ["Expires in the past", { expires: new Date(now - 60_000) }, 900],
  ["unparseable Expires", { expires: "0" }, 900],
  ["Retry-After seconds", { retryAfter: "5400" }, 5400],
  ["Retry-After HTTP-date", { retryAfter: "Fri, 26 Nov 2021 13:00:00 GMT" }, 3600],
  ["Retry-After as a number", { retryAfter: 1200 }, 1200],
  ["the largest of several", { ttlMinutes: 30, cacheControlMaxAge: 2400, retryAfter: "600" }, 2400],
  ["capped at maxSeconds", { cacheControlMaxAge: 30 * 86_400 }, 86_400],
  ["raised to minSeconds", { baseSeconds: 10 }, 300],
  ["adaptive: 7 entries a week is one a day", { entriesLastWeek: 7 }, 86_400],
  ["adaptive: 336 a week is every 30 min", { entriesLastWeek: 336 }, 1800],
  ["adaptive: a busy feed is clamped to minSeconds", { entriesLastWeek: 10_000 }, 300],
  ["adaptive: a silent feed is polled daily", { entriesLastWeek: 0 }, 86_400],
  ["adaptive interval still yields to a longer TTL", { entriesLastWeek: 336, ttlMinutes: 60 }, 3600],
  ["adaptive interval is capped at 24 h before the max", { entriesLastWeek: 1, maxSeconds: 7 * 86_400 }, 86_400],
  ["now as a Date", { now: new Date(now), expires: "Fri, 26 Nov 2021 13:00:00 GMT" }, 3600],
];

describe("nextPollDelay", () => {
  it.each(cases)("%s", (_name, input, expected) => {
    expect(nextPollDelay({ ...base, ...input })).toBe(expected);
  });
});
