export { type RunningProjectors, startProjectors } from "./startProjectors.ts";
