import type { Projector } from "@pushback/eventstore";
import { eventCounts } from "./eventCounts.ts";
import { storyViews } from "./storyViews.ts";

/** Every projector the projector service runs and `pushback projections rebuild` knows by name. */
export const allProjectors: Projector<any, any>[] = [eventCounts, storyViews];

export function projectorNamed(name: string): Projector<any, any> {
  const projector = allProjectors.find((p) => p.name === name);
  if (!projector) {
    throw new Error(`no projection named "${name}"; known: ${allProjectors.map((p) => p.name).join(", ")}`);
  }
  return projector;
}
