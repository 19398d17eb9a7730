import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "../../../../tests/support/runCli.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase("cli_subscriptions");
});
afterAll(() => db.drop());

const pushback = (...args: string[]) =>
  runCli(["subscriptions", ...args], { DATABASE_URL: db.url, LOG_LEVEL: "silent" });

it("adds (once), lists and removes subscriptions", async () => {
  const added = await pushback(
    "add",
    "desk@example.org",
    "--government",
    "Kazakhstan",
    "--mode",
    "daily",
    "--tz",
    "Asia/Almaty",
  );
  expect(added.stderr).toBe("");
  const id = /^added (\S+) desk@example\.org$/m.exec(added.stdout)?.[1];
  expect(id).toBeDefined();
  const again = await pushback("add", "DESK@example.org", "--government", "kazakhstan", "--mode", "daily");
  expect(again.stdout).toContain(`already subscribed: ${id}`);

  const listed = await pushback("list", "--json");
  const rows = listed.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(rows).toEqual([
    expect.objectContaining({
      subscriptionId: id,
      email: "desk@example.org",
      mode: "daily",
      timezone: "Asia/Almaty",
      filters: { government: "Kazakhstan", platform: null, storyId: null },
    }),
  ]);

  expect((await pushback("remove", id!)).stdout).toContain(`removed ${id}`);
  expect((await pushback("list")).stdout).toBe("");

  const bad = await pushback("add", "desk@example.org", "--tz", "Mars/Base");
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain("unknown time zone");
}, 60_000);
