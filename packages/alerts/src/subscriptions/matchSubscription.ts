import type { SubscriptionFilters } from "../alertTypes.ts";

/** What a contradiction is about, as the notifier knows it from the story's events. */
export interface AlertTarget {
  /** The contradiction's story and every story merged into it (a filter on any of them matches). */
  storyIds: string[];
  governments: string[];
  platforms: string[];
  claimParty: string;
  responseParty: string;
}

const fold = (value: string) => value.trim().toLocaleLowerCase("en");

/** True when `party` is `name` or names it as a whole word ("Kazakhstan's ministry" names Kazakhstan). */
function names(party: string, name: string): boolean {
  const p = fold(party);
  const n = fold(name);
  if (p === n) return true;
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(p);
}

/**
 * Whether a subscription's filters accept a contradiction: each filter is null (any) or must match,
 * case-insensitively. The government filter matches the story's governments or the claiming party;
 * the platform filter the story's platforms or the responding party.
 */
export function matchesSubscription(filters: SubscriptionFilters, target: AlertTarget): boolean {
  if (filters.storyId !== null && !target.storyIds.includes(filters.storyId.trim())) return false;
  if (filters.government !== null) {
    const government = filters.government;
    const inStory = target.governments.some((g) => fold(g) === fold(government));
    if (!inStory && !names(target.claimParty, government)) return false;
  }
  if (filters.platform !== null) {
    const platform = filters.platform;
    const inStory = target.platforms.some((p) => fold(p) === fold(platform));
    if (!inStory && !names(target.responseParty, platform)) return false;
  }
  return true;
}
