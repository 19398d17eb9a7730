export { allProjectors, projectorNamed } from "./allProjectors.ts";
export { createDashboardViews } from "./dashboardViews.ts";
export { type EventCountsTables, eventCounts } from "./eventCounts.ts";
export { type StoryViewTables, storyViews } from "./storyViews.ts";
