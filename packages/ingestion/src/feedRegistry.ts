import type { EventData } from "@pushback/events";

export interface FeedEntry {
  feedId: string;
  url: string;
  outlet: string;
  title: string | null;
  enabled: boolean;
  note: string | null;
}

type RegistryEvent =
  | { type: "FeedAdded"; data: EventData<"FeedAdded"> }
  | { type: "FeedRemoved"; data: EventData<"FeedRemoved"> }
  | { type: string; data: unknown };

/** The feeds currently registered, folded from FeedAdded / FeedRemoved in log order. */
export function foldFeedRegistry(events: Iterable<RegistryEvent>): Map<string, FeedEntry> {
  const feeds = new Map<string, FeedEntry>();
  for (const event of events) {
    if (event.type === "FeedAdded") {
      const data = event.data as EventData<"FeedAdded">;
      feeds.set(data.feedId, { ...data });
    } else if (event.type === "FeedRemoved") {
      feeds.delete((event.data as EventData<"FeedRemoved">).feedId);
    }
  }
  return feeds;
}
