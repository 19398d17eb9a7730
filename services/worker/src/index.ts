export { dispatcher } from "./dispatcher.ts";
export { reconcileSchedulers } from "./reconcileSchedulers.ts";
export { type RunningWorker, type StartWorkerOptions, startWorker } from "./startWorker.ts";
