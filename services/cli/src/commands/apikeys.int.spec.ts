import { spawn } from "node:child_process";
import { join } from "node:path";
import { hashApiKey } from "@pushback/api";
import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "../../bin/pushback.js");
let database: TestDatabase;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "apikeys", ...args], {
      env: { ...process.env, DATABASE_URL: database.url },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  database = await createTestDatabase("cli_apikeys");
});
afterAll(() => database.drop());

it("creates a key shown once, lists it, and revokes it", async () => {
  const created = await run(["create", "news desk"]);
  expect(created.code).toBe(0);
  const key = created.stdout.trim();
  expect(key).toMatch(/^pb_[A-Za-z0-9_-]{43}$/);
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ id: string; key_hash: string }[]>`select id, key_hash from api_keys`;
    expect(row!.key_hash).toBe(hashApiKey(key));
    const list = await run(["list"]);
    expect(list.stdout).toContain(`${row!.id}\tnews desk\t`);
    expect(list.stdout).not.toContain(key);
    expect((await run(["revoke", row!.id])).stdout).toContain(`revoked ${row!.id}`);
    const [revoked] = await sql`select revoked_at from api_keys where id = ${row!.id}`;
    expect(revoked!.revoked_at).toBeInstanceOf(Date);
  } finally {
    await sql.end();
  }
});
