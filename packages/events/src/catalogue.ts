import { defineEvents, type EventUnion, type RecordedEvent } from "@pushback/eventstore";
import { alertEvents } from "./alertEvents.ts";
import { feedEvents } from "./feedEvents.ts";
import { ingestionEvents } from "./ingestionEvents.ts";
import { storyEvents } from "./storyEvents.ts";

/** Every event Pushback stores. Add a type here (with its schema) before appending it. */
export const pushbackEvents = defineEvents({
  ...feedEvents,
  ...ingestionEvents,
  ...storyEvents,
  ...alertEvents,
});

export type PushbackEvent = EventUnion<typeof pushbackEvents.definitions>;
export type PushbackEventType = PushbackEvent["type"];
export type RecordedPushbackEvent = RecordedEvent<PushbackEvent>;
/** The data of one event type, e.g. `EventData<"FeedAdded">`. */
export type EventData<T extends PushbackEventType> = Extract<PushbackEvent, { type: T }>["data"];
