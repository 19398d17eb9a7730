import type { AlertMode } from "../alertTypes.ts";
import { nextDigestAt } from "./nextDigestAt.ts";

export interface PendingAlerts {
  mode: AlertMode;
  timezone: string;
  /** When the oldest of the subscriber's pending alerts was queued. */
  oldestQueuedAt: Date;
}

/**
 * When a subscriber's pending alerts go out together. Immediate: once the oldest has waited the
 * grouping window (so a burst becomes one email). Daily and weekly: at the next digest time after
 * the oldest was queued, rolling up everything pending by then.
 */
export function alertDueAt(pending: PendingAlerts, groupSeconds: number): Date {
  if (pending.mode === "immediate") return new Date(pending.oldestQueuedAt.getTime() + groupSeconds * 1000);
  return nextDigestAt(pending.oldestQueuedAt, pending.timezone, pending.mode);
}

/** Exponential back-off after `failures` failed attempts: base, 2×base, 4×base… capped at `maxMs`. */
export function retryDelayMs(failures: number, baseMs: number, maxMs = 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
}
