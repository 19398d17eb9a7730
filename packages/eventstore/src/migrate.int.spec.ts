import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connectPostgres, createKysely } from "./connect.ts";
import { migrateToLatest } from "./migrate.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("migrate");
});
afterAll(() => database.drop());

it("services starting together migrate once, the others wait and find it done", async () => {
  const services = Array.from({ length: 4 }, () => createKysely(connectPostgres(database.url, { max: 2 })));
  try {
    const results = await Promise.all(services.map((db) => migrateToLatest(db)));
    const applied = results.flatMap((r) => (r.results ?? []).filter((m) => m.status === "Success"));
    expect(applied.map((m) => m.migrationName)).toEqual(["0001_eventstore_001"]);
    const tables = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_name = 'events'`.execute(services[0]!);
    expect(tables.rows[0]!.n).toBe(1);
  } finally {
    await Promise.all(services.map((db) => db.destroy()));
  }
});
