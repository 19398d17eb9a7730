import { rebuildProjection } from "@pushback/eventstore";
import { storyViews } from "@pushback/projections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeskHarness, startDeskHarness } from "./testSupport/deskHarness.ts";

let h: DeskHarness;
beforeAll(async () => {
  h = await startDeskHarness("desk");
});
afterAll(() => h.close());

const publish = (name: string, outlet: string, publishedAt: string) => h.publish(name, outlet, publishedAt);
const rows = (query: string) => h.rows(query);

describe("the story desk on the Kazakhstan–Meta chain", () => {
  it("opens one story with the claim, the denial, the reaffirmation, and one contradiction with all its evidence", async () => {
    await publish("kz-claim", "Wire", "2021-11-17T09:30:00Z");
    await publish("football", "Wire", "2021-11-17T10:00:00Z");
    await publish("kz-denial", "Wire", "2021-11-18T12:00:00Z");
    await publish("kz-reaffirm", "Desk", "2021-11-19T08:00:00Z");
    await publish("kz-analysis", "Analysis", "2021-11-22T08:00:00Z");

    const stories = await rows("select * from stories.stories");
    expect(stories).toHaveLength(1);
    const story = stories[0];
    expect(story.governments).toContain("Kazakhstan");
    expect(story.platforms).toContain("Meta");
    expect(story.has_new_denial).toBe(true);
    expect(story.articles).toBe(4);

    const timeline = await rows(
      "select party, stance, quote, outlet from stories.story_statements order by published_at, recorded_at",
    );
    const stances = timeline.map((s) => `${s.party}:${s.stance}`);
    expect(stances[0]).toBe("Kazakhstan:claim");
    expect(stances).toContain("Meta:denial");
    expect(stances).toContain("Kazakhstan:reaffirmation");

    const claims = await rows("select party, text, sources from stories.story_claims");
    expect(claims).toHaveLength(1);
    expect(claims[0].party).toBe("Kazakhstan");

    const contradictions = await rows(
      "select type, claim_party, response_party, evidence from stories.story_contradictions",
    );
    expect(contradictions).toEqual([
      { type: "denial", claim_party: "Kazakhstan", response_party: "Meta", evidence: expect.any(Number) },
    ]);
    expect(contradictions[0].evidence).toBeGreaterThanOrEqual(2);
    expect(await rows("select count(*)::int as n from events where type = 'ContradictionDetected'")).toEqual([
      { n: 1 },
    ]);
  });

  it("records nothing twice when the same article is extracted again, and a rebuild equals the live views", async () => {
    const before = await rows("select count(*)::int as n from events");
    await publish("kz-denial", "Wire", "2021-11-18T12:00:00Z");
    expect(await rows("select count(*)::int as n from events")).toEqual(before);

    const live = await Promise.all(
      ["stories", "story_statements", "story_claims", "story_contradictions", "story_sources"].map((t) =>
        rows(`select * from stories.${t} order by 1, 2`),
      ),
    );
    await rebuildProjection(h.store, storyViews);
    const rebuilt = await Promise.all(
      ["stories", "story_statements", "story_claims", "story_contradictions", "story_sources"].map((t) =>
        rows(`select * from stories.${t} order by 1, 2`),
      ),
    );
    const stripRecorded = (tables: any[][]) =>
      tables.map((table) => table.map(({ recorded_at, detected_at, linked_at, ...rest }) => rest));
    expect(stripRecorded(rebuilt)).toEqual(stripRecorded(live));
  });
});

describe("the story desk on out-of-order feeds", () => {
  it("finds the contradiction when the denial arrives before the claim it answers", async () => {
    await publish("x-denial", "Envoy", "2021-11-18T09:00:00Z");
    await publish("india-claim", "Envoy", "2021-11-17T07:00:00Z");
    const [story] = await rows("select * from stories.stories where 'India' = any(governments)");
    expect(story).toBeDefined();
    const contradictions = await rows(
      `select type, claim_party, response_party from stories.story_contradictions where story_id = '${story.story_id}'`,
    );
    expect(contradictions).toEqual([{ type: "denial", claim_party: "India", response_party: "X" }]);
  });
});
