import { describe, expect, it } from "vitest";
import { alertDueAt, retryDelayMs } from "./alertDueAt.ts";
import { isValidTimeZone, nextDigestAt } from "./nextDigestAt.ts";

// [zone, mode, after (UTC), expected (UTC), why]
const cases: [string, "daily" | "weekly", string, string, string][] = [
  ["Europe/London", "daily", "2026-03-28T07:30:00Z", "2026-03-28T08:00:00Z", "same morning, GMT"],
  [
    "Europe/London",
    "daily",
    "2026-03-28T09:00:00Z",
    "2026-03-29T07:00:00Z",
    "next morning is BST (spring forward overnight)",
  ],
  [
    "Europe/London",
    "daily",
    "2026-10-24T08:30:00Z",
    "2026-10-25T08:00:00Z",
    "next morning is GMT again (fall back overnight)",
  ],
  ["Europe/London", "daily", "2026-06-01T07:00:00Z", "2026-06-01T07:00:00Z", "exactly 08:00 BST is due at once"],
  [
    "America/New_York",
    "daily",
    "2026-10-31T13:00:00Z",
    "2026-11-01T13:00:00Z",
    "EDT to EST: 08:00 is 12:00Z then 13:00Z",
  ],
  ["America/New_York", "daily", "2026-03-07T14:00:00Z", "2026-03-08T12:00:00Z", "EST to EDT"],
  ["Australia/Sydney", "daily", "2026-10-03T00:00:00Z", "2026-10-03T21:00:00Z", "AEST to AEDT"],
  ["Asia/Tokyo", "daily", "2026-03-10T00:00:00Z", "2026-03-10T23:00:00Z", "no DST, past 08:00 local"],
  ["Asia/Kolkata", "daily", "2026-03-10T01:00:00Z", "2026-03-10T02:30:00Z", "half-hour offset"],
  ["Europe/Berlin", "weekly", "2026-10-21T12:00:00Z", "2026-10-26T07:00:00Z", "Wednesday to Monday across the DST end"],
  ["Europe/Berlin", "weekly", "2026-10-26T06:59:00Z", "2026-10-26T07:00:00Z", "Monday before 08:00: same day"],
  ["Europe/Berlin", "weekly", "2026-10-26T07:01:00Z", "2026-11-02T07:00:00Z", "Monday after 08:00: next week"],
  ["UTC", "weekly", "2026-03-29T08:00:01Z", "2026-03-30T08:00:00Z", "Sunday to Monday"],
];

describe("nextDigestAt", () => {
  it.each(cases)("%s %s after %s → %s (%s)", (zone, mode, after, expected) => {
    expect(nextDigestAt(new Date(after), zone, mode).toISOString()).toBe(new Date(expected).toISOString());
  });

  it("is always 08:00 local and never before `after`", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    const local = new Intl.DateTimeFormat("en-GB", {
      timeZone: "America/Santiago",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    for (let hour = 0; hour < 24 * 400; hour += 13) {
      const after = new Date(start + hour * 3_600_000);
      const due = nextDigestAt(after, "America/Santiago", "daily");
      expect(due.getTime()).toBeGreaterThanOrEqual(after.getTime());
      expect(due.getTime() - after.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
      expect(local.format(due)).toBe("08:00");
    }
  });

  it("rejects unknown zones", () => {
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("Asia/Almaty")).toBe(true);
    expect(() => nextDigestAt(new Date(), "Mars/Olympus_Mons", "daily")).toThrow(/time zone/);
  });
});

describe("alertDueAt", () => {
  const oldest = new Date("2026-05-04T10:00:00Z");
  it("waits the grouping window for immediate alerts", () => {
    expect(alertDueAt({ mode: "immediate", timezone: "UTC", oldestQueuedAt: oldest }, 60).toISOString()).toBe(
      "2026-05-04T10:01:00.000Z",
    );
    expect(alertDueAt({ mode: "immediate", timezone: "UTC", oldestQueuedAt: oldest }, 0)).toEqual(oldest);
  });
  it("waits for the digest hour otherwise", () => {
    expect(alertDueAt({ mode: "daily", timezone: "Asia/Tokyo", oldestQueuedAt: oldest }, 60).toISOString()).toBe(
      "2026-05-04T23:00:00.000Z",
    );
  });
});

describe("retryDelayMs", () => {
  it("doubles from the base and stops at the cap", () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelayMs(n, 1000, 10_000))).toEqual([1000, 2000, 4000, 8000, 10_000]);
  });
});
