import type { EventData } from "@pushback/events";

export type AlertMode = EventData<"SubscriptionCreated">["mode"];
export type SubscriptionFilters = EventData<"SubscriptionCreated">["filters"];
export type ContradictionType = EventData<"ContradictionDetected">["type"];
export type Speaker = EventData<"StatementRecorded">["speaker"];

/** One quote as the email shows it: who said it, where, when, with a link. */
export interface QuoteSnapshot {
  text: string;
  party: string;
  speaker: Speaker;
  outlet: string;
  url: string;
  title: string | null;
  publishedAt: string | null;
}

/**
 * One contradiction as queued for a subscriber: a snapshot taken when it was detected, so that an
 * email (and its re-send after a crash) is rendered from the same data.
 */
export interface AlertItem {
  contradictionId: string;
  storyId: string;
  storyTitle: string | null;
  type: ContradictionType;
  claim: { claimId: string; text: string; party: string; quote: QuoteSnapshot | null };
  response: QuoteSnapshot;
  /** When the notifier queued it (ISO 8601). */
  queuedAt: string;
}
