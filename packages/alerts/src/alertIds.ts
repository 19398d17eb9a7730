import { eventId } from "@pushback/eventstore";

/**
 * An email's id, deterministic from its subscriber and the contradictions it carries: a re-send
 * of the same alert after a crash has the same id, hence the same Message-ID and AlertSent id.
 */
export function alertIdFor(subscriptionId: string, contradictionIds: string[]): string {
  return eventId(`Alert:${subscriptionId}:${[...contradictionIds].sort().join(",")}`);
}

/** RFC 5322 Message-ID of an alert, so mailboxes can drop a duplicate delivery. */
export function messageIdFor(alertId: string, domain: string): string {
  const safeDomain = domain.replace(/[^A-Za-z0-9.-]/g, "") || "pushback.invalid";
  return `<alert-${alertId}@${safeDomain}>`;
}
