import { readFileSync } from "node:fs";
import { eventId, type ProcessorHandle, rebuildProjection, runProcessor } from "@pushback/eventstore";
import { articleStream, hashText } from "@pushback/ingestion";
import { storyViews } from "@pushback/projections";
import { createLogger, type Database, openDatabase, openEventStore, type PushbackStore } from "@pushback/runtime";
import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as deskState from "./migrations/001_deskState.ts";
import { type RunningDesk, startDesk } from "./startDesk.ts";

let testDatabase: TestDatabase;
let database: Database;
let store: PushbackStore;
let desk: RunningDesk;
let views: ProcessorHandle;

beforeAll(async () => {
  testDatabase = await createTestDatabase("desk");
  database = await openDatabase(testDatabase.url, { migrations: { "0003_desk_001_state": deskState } });
  await database.migrate();
  store = openEventStore(database);
  desk = startDesk(store, createLogger("silent", "desk"));
  views = runProcessor(store, storyViews);
});
afterAll(async () => {
  await desk.stop();
  await views.stop();
  await database.close();
  await testDatabase.drop();
});

/** Appends an ArticleExtracted built from a fixture: first line the title, then paragraphs. */
async function publish(name: string, outlet: string, publishedAt: string) {
  const [title, ...rest] = readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), "utf8")
    .trim()
    .split("\n");
  const paragraphs = rest
    .join("\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const text = paragraphs.join("\n\n");
  let offset = 0;
  const spans = paragraphs.map((p) => {
    const span = { start: offset, end: offset + p.length };
    offset += p.length + 2;
    return span;
  });
  const articleId = `art-${name}`;
  await store.append(articleStream(articleId), [
    {
      id: eventId(`ArticleExtracted:${articleId}`),
      type: "ArticleExtracted",
      data: {
        articleId,
        url: `https://${outlet.toLowerCase().replace(/\W/g, "")}.example/${name}`,
        canonicalUrl: null,
        feedId: null,
        outlet,
        title: title!,
        byline: null,
        publishedAt,
        updatedAt: null,
        language: "en",
        leadImage: null,
        text,
        paragraphs: spans,
        textHash: hashText(text),
        method: "dom",
      },
    },
  ]);
  await desk.whenCaughtUp();
  await views.whenCaughtUp();
}

const rows = async (query: string) => (await sql.raw(query).execute(database.db)).rows as any[];

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
    await rebuildProjection(store, storyViews);
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
