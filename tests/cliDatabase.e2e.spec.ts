import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "./support/runCli.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("cli_db");
  await database.drop(); // `db migrate` must create it
});
afterAll(() => database.drop());

it("creates and migrates the database, then rebuilds a projection blue/green", async () => {
  const env = { DATABASE_URL: database.url };
  const migrate = await runCli(["db", "migrate"], env);
  expect(migrate.stderr).toBe("");
  expect(migrate.stdout).toContain("0001_eventstore_001");
  expect((await runCli(["db", "migrate"], env)).stdout).toContain("up to date");

  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into events (event_id, stream_id, stream_position, type, data, metadata)
              values (gen_random_uuid(), 's', 1, 'FeedRemoved', '{"feedId":"f","reason":null}', '{"schemaVersion":1}')`;
    const first = await runCli(["projections", "rebuild", "event_counts"], env);
    expect(first.stdout).toMatch(/rebuilt event_counts: g1 -> g2, 1 events/);
    const counts = await sql`select type, events from event_counts.daily`;
    expect(counts.map((r) => ({ ...r }))).toEqual([{ type: "FeedRemoved", events: 1 }]);
    const list = await runCli(["projections", "list"], env);
    expect(list.stdout).toMatch(/event_counts\tg2 v1/);
  } finally {
    await sql.end();
  }
});

it("names the database it could not reach and how to start one", async () => {
  const result = await runCli(["db", "migrate"], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere" });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("cannot reach Postgres at postgres://postgres@127.0.0.1:1/nowhere");
  expect(result.stderr).toContain("docker compose up -d");
});

it("rejects an invalid environment with every problem listed", async () => {
  const result = await runCli(["db", "migrate"], { DATABASE_URL: "mysql://x", PUSHBACK_API_PORT: "99999" });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("DATABASE_URL");
  expect(result.stderr).toContain("PUSHBACK_API_PORT");
});

it("after a restore, re-bases transaction ids so that checkpoints keep their place", async () => {
  const env = { DATABASE_URL: database.url };
  await runCli(["db", "migrate"], env);
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    // Simulate a restore: the stored events carry xids far above what the server now hands out.
    await sql`insert into events (event_id, stream_id, stream_position, type, data, metadata, transaction_id)
              values (gen_random_uuid(), 'r', 1, 'FeedRemoved', '{"feedId":"r","reason":null}', '{"schemaVersion":1}', '900000000')`;
    const [old] = await sql`select global_position from events where stream_id = 'r'`;
    await sql`insert into processor_checkpoints (processor, transaction_id, global_position)
              values ('restored', '900000000', ${old!.global_position})`;
    const result = await runCli(["db", "after-restore"], env);
    expect(result.stdout).toMatch(/re-based \d+ events and \d+ checkpoints/);
    // A new event now sorts after the checkpoint.
    await sql`insert into events (event_id, stream_id, stream_position, type, data, metadata)
              values (gen_random_uuid(), 'r', 2, 'FeedRemoved', '{"feedId":"r","reason":null}', '{"schemaVersion":1}')`;
    const after = await sql`
      select e.stream_position from events e, processor_checkpoints c
      where c.processor = 'restored' and (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)`;
    expect(after.map((r) => Number(r.stream_position))).toEqual([2]);
  } finally {
    await sql.end();
  }
});

it("names the Redis it could not reach, and exits instead of hanging", async () => {
  const result = await runCli(["run", "worker"], {
    DATABASE_URL: database.url,
    REDIS_URL: "redis://127.0.0.1:1",
    PUSHBACK_OPS_PORT: "0",
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("cannot reach Redis at redis://127.0.0.1:1");
  expect(result.stderr).toContain("docker compose up -d redis");
});
