export { dispatcher } from "./dispatcher.ts";
export { PollState } from "./pollState.ts";
export { type AddFeedInput, addFeed, readFeedRegistry, removeFeed } from "./readFeedRegistry.ts";
export { reconcileSchedulers } from "./reconcileSchedulers.ts";
export { type RunningWorker, type StartWorkerOptions, startWorker } from "./startWorker.ts";
