export { allProjectors, projectorNamed } from "./allProjectors.ts";
export { type EventCountsTables, eventCounts } from "./eventCounts.ts";
