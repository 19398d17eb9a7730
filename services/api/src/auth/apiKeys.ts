import { createHash, randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";

export interface ApiKeyRow {
  id: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** Keys are stored by their sha256 only: a leaked table does not leak keys. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** A new key: `pb_` and 32 random bytes in base64url. The key is returned once and never stored. */
export async function createApiKey(db: Kysely<any>, name: string): Promise<{ id: string; name: string; key: string }> {
  const key = `pb_${randomBytes(32).toString("base64url")}`;
  const id = randomBytes(6).toString("hex");
  await db
    .insertInto("api_keys")
    .values({ id, name, key_hash: hashApiKey(key) })
    .execute();
  return { id, name, key };
}

export async function listApiKeys(db: Kysely<any>): Promise<ApiKeyRow[]> {
  const rows = await db.selectFrom("api_keys").selectAll().orderBy("created_at").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  }));
}

/** Marks the key revoked; false when no live key has that id. */
export async function revokeApiKey(db: Kysely<any>, id: string): Promise<boolean> {
  const result = await db
    .updateTable("api_keys")
    .set({ revoked_at: sql`now()` })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The live key whose hash matches, or null. */
export async function findApiKey(db: Kysely<any>, key: string): Promise<{ id: string; name: string } | null> {
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "name"])
    .where("key_hash", "=", hashApiKey(key))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row ?? null;
}

export async function touchApiKey(db: Kysely<any>, id: string): Promise<void> {
  await db.updateTable("api_keys").set({ last_used_at: sql`now()` }).where("id", "=", id).execute();
}
