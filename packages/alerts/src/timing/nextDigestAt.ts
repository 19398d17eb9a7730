import { DateTime, IANAZone } from "luxon";
import type { AlertMode } from "../alertTypes.ts";

/** Digests go out at this local hour. */
export const DIGEST_HOUR = 8;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The first digest time at or after `after`: 08:00 local time in `timezone` (daily), or 08:00 on
 * Monday (weekly). Computed on the local calendar, so a DST change moves the UTC instant, never
 * the local hour.
 */
export function nextDigestAt(after: Date, timezone: string, mode: Exclude<AlertMode, "immediate">): Date {
  if (!isValidTimeZone(timezone)) throw new Error(`unknown time zone "${timezone}"`);
  const local = DateTime.fromJSDate(after, { zone: timezone });
  let candidate = local.startOf("day").set({ hour: DIGEST_HOUR });
  if (candidate < local) candidate = candidate.plus({ days: 1 }).set({ hour: DIGEST_HOUR });
  if (mode === "weekly") {
    const daysToMonday = (8 - candidate.weekday) % 7;
    candidate = candidate.plus({ days: daysToMonday }).set({ hour: DIGEST_HOUR });
  }
  return candidate.toJSDate();
}
