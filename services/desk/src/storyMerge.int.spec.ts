import { afterAll, beforeAll, expect, it } from "vitest";
import { type DeskHarness, startDeskHarness } from "./testSupport/deskHarness.ts";

let h: DeskHarness;
beforeAll(async () => {
  h = await startDeskHarness("merge");
});
afterAll(() => h.close());

it("merges two stories when an article clearly belongs to both, and the merged id keeps resolving", async () => {
  // A month apart, the claim and the denial open two stories (time decay keeps them apart) ...
  await h.publish("kz-claim", "Wire", "2022-01-01T09:00:00Z");
  await h.publish("kz-denial", "Wire", "2022-02-03T09:00:00Z");
  const before = await h.rows("select story_id from stories.stories order by first_seen");
  expect(before).toHaveLength(2);
  // ... until the minister's answer, in between, belongs to both.
  await h.publish("kz-reaffirm", "Desk", "2022-01-18T09:00:00Z");
  const stories = await h.rows(
    "select story_id, merged_into, articles, statements from stories.stories order by first_seen",
  );
  const [survivor, merged] = [stories.find((s) => !s.merged_into)!, stories.find((s) => s.merged_into)!];
  expect(merged.merged_into).toBe(survivor.story_id);
  expect(survivor.articles).toBe(3);
  const orphaned = await h.rows(
    `select count(*)::int as n from stories.story_statements where story_id = '${merged.story_id}'`,
  );
  expect(orphaned).toEqual([{ n: 0 }]);
  const merges = await h.rows("select data from events where type = 'StoriesMerged'");
  expect(merges.map((r) => r.data)).toEqual([
    { storyId: survivor.story_id, mergedStoryId: merged.story_id, reason: "an article matched both stories" },
  ]);
  // Later articles of either story land in the survivor.
  await h.publish("kz-analysis", "Analysis", "2022-02-04T09:00:00Z");
  const after = await h.rows("select story_id, articles from stories.stories where merged_into is null");
  expect(after).toEqual([{ story_id: survivor.story_id, articles: 4 }]);
});
