import { describe, expect, it } from "vitest";
import { asRecorded, storyScenario } from "../testSupport/storyScenario.ts";
import { asReal, foldStory } from "./foldStory.ts";

const start = new Date("2021-11-25T09:00:00.000Z");
const { opening, response } = storyScenario({ storyId: "kz", publishedAt: new Date("2021-11-24T08:00:00Z") });
const events = asRecorded([...opening, ...response], start, "story-kz");
const at = (index: number) => events[index]!.createdAt;

describe("foldStory", () => {
  it("is null before the story opened", () => {
    expect(foldStory(events, "kz", new Date(start.getTime() - 1))).toBeNull();
  });

  it("answers as of the claim: no contradiction, no flag", () => {
    const story = foldStory(events, "kz", at(opening.length - 1))!;
    expect(story.statements.map((s) => s.stance)).toEqual(["claim"]);
    expect(story.claims).toHaveLength(1);
    expect(story.contradictionCount).toBe(0);
    expect(story.hasNewDenial).toBe(false);
    expect(story.lastSeen).toBe("2021-11-24T08:00:00.000Z");
  });

  it("folds the response: denial flag, evidence, reaffirmation counted on the claim, timeline in publication order", () => {
    const story = foldStory(events, "kz", new Date("2030-01-01T00:00:00Z"))!;
    expect(story.statements.map((s) => s.stance)).toEqual(["claim", "denial", "reaffirmation"]);
    expect(story.hasNewDenial).toBe(true);
    expect(story.articleCount).toBe(3);
    expect(story.claims[0]).toMatchObject({ sources: 2, reaffirmations: 1 });
    expect(story.contradictions[0]).toMatchObject({ type: "denial", evidence: 2, acknowledged: false });
    expect(story.lastSeen).toBe("2021-11-24T20:00:00.000Z");
    expect(story.latestContradictionAt).toBe(at(opening.length + 2).toISOString());
  });

  it("clears the flag on acknowledgement up to a time after the detection only", () => {
    const ackEvent = (upTo: Date) =>
      asRecorded(
        [{ id: "ack", type: "StoryAcknowledged", data: { storyId: "kz", by: "desk", upTo: upTo.toISOString() } }],
        new Date("2030-01-01T00:00:00Z"),
        "story-kz",
      );
    const later = foldStory(
      [...events, ...ackEvent(new Date("2029-01-01T00:00:00Z"))],
      "kz",
      new Date("2031-01-01T00:00:00Z"),
    )!;
    expect(later.hasNewDenial).toBe(false);
    expect(later.contradictions[0]!.acknowledged).toBe(true);
    const early = foldStory([...events, ...ackEvent(start)], "kz", new Date("2031-01-01T00:00:00Z"))!;
    expect(early.hasNewDenial).toBe(true);
    expect(early.acknowledgedAt).toBe(start.toISOString());
  });

  it("keeps stories apart until a merge moves the merged story's rows into the survivor", () => {
    const vnEvents = storyScenario({ storyId: "vn", publishedAt: start, government: "Vietnam", platform: "YouTube" });
    const other = asRecorded(vnEvents.opening, start, "story-vn");
    const late = new Date("2031-01-01T00:00:00Z");
    expect(foldStory([...other, ...events], "kz", late)!.statements).toHaveLength(3);
    const merge = asRecorded(
      [{ id: "m", type: "StoriesMerged", data: { storyId: "kz", mergedStoryId: "vn", reason: "same claim" } }],
      new Date("2030-01-01T00:00:00Z"),
      "story-kz",
    );
    const all = [...other, ...events, ...merge];
    const vn = foldStory(all, "vn", late)!;
    expect(vn).toMatchObject({ mergedInto: "kz", statementCount: 1, statements: [], claims: [], sources: [] });
    const kz = foldStory(all, "kz", late)!;
    expect(kz.mergedInto).toBeNull();
    expect(kz.statements.map((x) => x.statementId)).toEqual(["kz-s1", "kz-s2", "kz-s3", "vn-s1"]);
    expect(kz).toMatchObject({
      governments: ["Kazakhstan", "Vietnam"],
      platforms: ["Facebook", "YouTube"],
      statementCount: 4,
      claimCount: 2,
      articleCount: 4,
      lastSeen: start.toISOString(),
    });
    // Before the merge, as of its time minus a second, the survivor is itself alone.
    expect(foldStory(all, "kz", new Date("2029-12-31T23:59:59Z"))!.statements).toHaveLength(3);
  });

  it.each([
    [0.91, 0.91],
    [0.123456789, 0.12345679],
    [1 / 3, 0.33333334],
  ])("gives confidences as a real column does: %f → %f", (input, expected) => {
    expect(asReal(input)).toBe(expected);
  });
});
