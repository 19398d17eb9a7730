import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "./support/runCli.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("demo");
});
afterAll(() => database.drop());

it("the README's first command tells the Kazakhstan–Meta story offline and delivers the alert", async () => {
  const url = new URL(database.url);
  url.pathname = `/${database.name}_demo`;
  const result = await runCli(["demo", "--exit"], {
    PUSHBACK_DEMO_DATABASE_URL: url.toString(),
    PUSHBACK_API_PORT: "0",
  });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const out = result.stdout;
  for (const phase of ["phase 1/3", "phase 2/3", "phase 3/3"]) expect(out).toContain(phase);
  // Which phase-1 article opens the story (and names it) depends on fetch order.
  expect(out).toMatch(/STORY {2}.+\n {7}Kazakhstan × Meta/);
  expect(out).toMatch(/DENIAL\s+Meta vs Kazakhstan/);
  expect(out).toMatch(/CLARIFICATION\s+Meta vs Kazakhstan/);
  expect(out).toMatch(/reaffirmation\s+Kazakhstan/);
  expect(out).toMatch(/DENIAL\s+X vs India/);
  expect(out).toContain("EMAIL to analyst@example.org");
  expect(out).toMatch(/Subject: .*Meta denies Kazakhstan's claim/);
  const admin = (await import("postgres")).default(database.url.replace(/\/[^/]+$/, "/postgres"), { max: 1 });
  await admin.unsafe(`drop database if exists "${database.name}_demo" with (force)`);
  await admin.end();
});
