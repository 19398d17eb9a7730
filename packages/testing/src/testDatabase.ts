import { randomBytes } from "node:crypto";
import postgres from "postgres";

/** The server tests create their databases on; trust auth on loopback by default. */
export const TEST_ADMIN_URL = process.env.PUSHBACK_TEST_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file, so that files run in parallel without sharing rows.
 * `drop()` removes it (forcibly closing leftover connections).
 */
export async function createTestDatabase(label = "t"): Promise<TestDatabase> {
  const name = `pushback_${label.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(TEST_ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const cleanup = postgres(TEST_ADMIN_URL, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
