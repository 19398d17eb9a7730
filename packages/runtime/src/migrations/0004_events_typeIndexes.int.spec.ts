// The partial type indexes exist after migration and serve the queries that read events by type
// (checked with sequential scans disabled, so the test asks "can the planner use it", not "does it
// choose it on a tiny table").
import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Database, openDatabase } from "../openDatabase.ts";

let testDatabase: TestDatabase;
let database: Database;

beforeAll(async () => {
  testDatabase = await createTestDatabase("type_indexes");
  database = await openDatabase(testDatabase.url);
  await database.migrate();
});
afterAll(async () => {
  await database.close();
  await testDatabase.drop();
});

async function plan(query: string): Promise<string> {
  return database.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const rows = await sql<{ "QUERY PLAN": string }>`explain ${sql.raw(query)}`.execute(trx);
    return rows.rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

it.each([
  [
    "the feed registry",
    "select type, data from events where type in ('FeedAdded', 'FeedRemoved') order by global_position",
    "events_rare_types",
  ],
  ["status: fetch failures", "select data from events where type = 'FeedFetchFailed'", "events_rare_types"],
  ["story merges", "select data from events where type = 'StoriesMerged' and created_at <= now()", "events_rare_types"],
  ["alert records", "select data from events where type in ('AlertSent', 'AlertFailed')", "events_rare_types"],
  [
    "recent discoveries",
    "select data from events where type = 'FeedItemDiscovered' and created_at > now() - interval '7 days'",
    "events_discoveries",
  ],
])("%s", async (_name, query, index) => {
  expect(await plan(query)).toContain(index);
});

it("leaves the pipeline's frequent types out of the rare-types index", async () => {
  expect(await plan("select data from events where type = 'ArticleExtracted'")).not.toContain("events_rare_types");
});
