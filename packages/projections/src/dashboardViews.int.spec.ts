import { connectPostgres, eventId, rebuildProjection, runProcessor } from "@pushback/eventstore";
import { type Database, openDatabase, openEventStore, type PushbackStore } from "@pushback/runtime";
import { createTestDatabase, TEST_ADMIN_URL, type TestDatabase } from "@pushback/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DASHBOARD_ROLE } from "./dashboardViews.ts";
import { storyViews } from "./storyViews.ts";

let testDatabase: TestDatabase;
let database: Database;
let store: PushbackStore;
let createdRole = false;

const source = (n: number, publishedAt: string) => ({
  articleId: `a${n}`,
  url: `https://news.example/${n}`,
  outlet: n === 1 ? "Ministry Press" : "Wire",
  title: `Report ${n}`,
  publishedAt,
});

beforeAll(async () => {
  testDatabase = await createTestDatabase("dashboard_views");
  database = await openDatabase(testDatabase.url, { max: 4 });
  await database.migrate();
  store = openEventStore(database);
  const id = (key: string) => eventId(`dashboard-test:${key}`);
  const a1 = source(1, "2021-11-24T08:00:00.000Z");
  const a2 = source(2, "2021-11-25T10:00:00.000Z");
  const claim = { claimId: "c1", text: "exclusive access to the reporting system", party: "Kazakhstan government" };
  const statement = (key: string, src: typeof a1, stance: "claim" | "denial", party: string) => ({
    id: id(key),
    type: "StatementRecorded" as const,
    data: {
      storyId: "kz",
      statementId: key,
      ...src,
      text: `${party} says so`,
      kind: "full" as const,
      speaker: null,
      party,
      stance,
      confidence: 0.9,
      cues: [],
      claimId: "c1",
    },
  });
  await store.append("story-kz", [
    {
      id: id("open"),
      type: "StoryOpened",
      data: {
        storyId: "kz",
        title: "Kazakhstan and Facebook",
        governments: ["Kazakhstan"],
        platforms: ["Facebook"],
        openedBy: a1,
      },
    },
    { id: id("link1"), type: "ArticleLinkedToStory", data: { storyId: "kz", ...a1, similarity: 1 } },
    statement("s1", a1, "claim", "Kazakhstan government"),
    { id: id("claim"), type: "ClaimIdentified", data: { storyId: "kz", ...claim, statementId: "s1" } },
    statement("s2", a2, "denial", "Meta"),
    {
      id: id("x1"),
      type: "ContradictionDetected",
      data: {
        storyId: "kz",
        contradictionId: "x1",
        type: "denial",
        claim,
        response: { party: "Meta", statementId: "s2", text: "same as elsewhere", speaker: null, ...a2 },
      },
    },
  ]);
}, 30_000);

afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
  // The role is cluster-wide: drop it if this test made it (its grants went with the database).
  if (createdRole) {
    const admin = connectPostgres(TEST_ADMIN_URL, { max: 1 });
    await admin.unsafe(`drop role if exists ${DASHBOARD_ROLE}`).finally(() => admin.end());
  }
});

const snapshot = async () => ({
  stories: await store.sql`select story_id, governments_text, has_new_denial, statements from dashboard.stories`,
  statements: await store.sql`select statement_id, stance, time from dashboard.statements order by time`,
  contradictions: await store.sql`select contradiction_id, type, governments_text from dashboard.contradictions`,
  daily:
    await store.sql`select day, statements, claims, denials, contradictions_detected, stories_opened from dashboard.daily_counts order by day`,
});

it("creates the dashboard views with the projection, and a rebuild keeps them", async () => {
  const handle = runProcessor(store, storyViews);
  await handle.whenCaughtUp(10_000);
  const before = await snapshot();
  expect(before.stories.map((r) => ({ ...r }))).toEqual([
    { story_id: "kz", governments_text: "Kazakhstan", has_new_denial: true, statements: 2 },
  ]);
  expect(before.statements.map((r) => r.stance)).toEqual(["claim", "denial"]);
  expect(before.contradictions.map((r) => ({ ...r }))).toEqual([
    { contradiction_id: "x1", type: "denial", governments_text: "Kazakhstan" },
  ]);
  expect(
    before.daily.map((r) => [r.day.toISOString().slice(0, 10), r.statements, r.claims, r.denials, r.stories_opened]),
  ).toEqual(
    expect.arrayContaining([
      ["2021-11-24", 1, 1, 0, 1],
      ["2021-11-25", 1, 0, 1, 0],
    ]),
  );
  await handle.stop();

  // With the read-only role present, a rebuild grants it the new views (views read with their owner's rights).
  const [existing] = await store.sql`select 1 from pg_roles where rolname = ${DASHBOARD_ROLE}`;
  createdRole = !existing;
  if (createdRole) await store.sql.unsafe(`create role ${DASHBOARD_ROLE} nologin`);
  const result = await rebuildProjection(store, storyViews);
  expect(result.toGeneration).toBe(2);
  // `drop schema stories cascade` took the old views with it; afterSwitch made them again.
  expect(await snapshot()).toEqual(before);
  const [grants] = await store.sql`
    select has_table_privilege(${DASHBOARD_ROLE}, 'dashboard.daily_counts', 'select') as views,
           has_table_privilege(${DASHBOARD_ROLE}, 'stories.stories', 'select') as projection`;
  expect({ ...grants }).toEqual({ views: true, projection: false });
  const asRole = await store.sql.begin(async (tx) => {
    await tx.unsafe(`set local role ${DASHBOARD_ROLE}`);
    const [row] = await tx`select count(*)::int as n from dashboard.stories`;
    return row!.n;
  });
  expect(asRole).toBe(1);
});
