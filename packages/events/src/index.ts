export { alertMode } from "./alertEvents.ts";
export {
  type EventData,
  type PushbackEvent,
  type PushbackEventType,
  pushbackEvents,
  type RecordedPushbackEvent,
} from "./catalogue.ts";
export { failureCategory, fetchReason } from "./ingestionEvents.ts";
export { quoteKind, stanceLabel } from "./storyEvents.ts";
