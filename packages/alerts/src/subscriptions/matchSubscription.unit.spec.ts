import { describe, expect, it } from "vitest";
import type { SubscriptionFilters } from "../alertTypes.ts";
import { type AlertTarget, matchesSubscription } from "./matchSubscription.ts";
import { subscriptionIdFor } from "./subscriptionId.ts";

const kazakhstan: AlertTarget = {
  storyIds: ["story-kz", "story-kz-dup"],
  governments: ["Kazakhstan"],
  platforms: ["Facebook"],
  claimParty: "Kazakhstan's Ministry of Information",
  responseParty: "Meta",
};

const any: SubscriptionFilters = { government: null, platform: null, storyId: null };

// [filters, expected, why]
const cases: [Partial<SubscriptionFilters>, boolean, string][] = [
  [{}, true, "no filter matches everything"],
  [{ government: "kazakhstan" }, true, "government in the story, any case"],
  [{ government: "Uzbekistan" }, false, "another government"],
  [{ government: "Ministry of Information" }, true, "named by the claiming party"],
  [{ government: "Kazakh" }, false, "a word prefix is not a name"],
  [{ platform: "facebook" }, true, "platform in the story"],
  [{ platform: "Meta" }, true, "platform as the responding party"],
  [{ platform: "Telegram" }, false, "another platform"],
  [{ storyId: "story-kz" }, true, "the story"],
  [{ storyId: "story-kz-dup" }, true, "a story merged into it"],
  [{ storyId: "story-other" }, false, "another story"],
  [{ government: "Kazakhstan", platform: "Telegram" }, false, "every filter must match"],
  [{ government: "Kazakhstan", platform: "Facebook", storyId: "story-kz" }, true, "all three match"],
];

describe("matchesSubscription", () => {
  it.each(cases)("%o → %s (%s)", (filters, expected) => {
    expect(matchesSubscription({ ...any, ...filters }, kazakhstan)).toBe(expected);
  });
});

describe("subscriptionIdFor", () => {
  it("is the same for the same email, filters and mode, whatever the case and spacing", () => {
    const a = subscriptionIdFor(
      "Aigerim@Example.org ",
      { government: "Kazakhstan", platform: null, storyId: null },
      "daily",
    );
    const b = subscriptionIdFor(
      "aigerim@example.org",
      { government: " kazakhstan", platform: "", storyId: null },
      "daily",
    );
    expect(a).toBe(b);
  });
  it("differs when the mode or a filter differs", () => {
    const base = subscriptionIdFor("a@example.org", any, "daily");
    expect(subscriptionIdFor("a@example.org", any, "weekly")).not.toBe(base);
    expect(subscriptionIdFor("a@example.org", { ...any, platform: "Meta" }, "daily")).not.toBe(base);
    expect(subscriptionIdFor("b@example.org", any, "daily")).not.toBe(base);
  });
});
