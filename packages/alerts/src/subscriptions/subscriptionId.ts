import { eventId } from "@pushback/eventstore";
import type { AlertMode, SubscriptionFilters } from "../alertTypes.ts";

/** Lower-cased and trimmed: one mailbox, one spelling. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A filter value as stored: trimmed, and empty means "any" (null). */
export function normalizeFilter(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/**
 * The subscription's id, deterministic from email, filters and mode (case-insensitive), so that
 * adding the same subscription twice names the same stream and is one subscription.
 */
export function subscriptionIdFor(email: string, filters: SubscriptionFilters, mode: AlertMode): string {
  const key = (value: string | null) => normalizeFilter(value)?.toLowerCase() ?? "*";
  return eventId(
    `subscription:${normalizeEmail(email)}|${key(filters.government)}|${key(filters.platform)}|${key(filters.storyId)}|${mode}`,
  );
}
