import type { Sql } from "../connect.ts";

export interface HeldLock {
  isHeld(): boolean;
  /** Pings the lock's connection; a dead connection means the lock is gone. */
  check(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Takes a session-level advisory lock on a connection reserved for it, or returns null when
 * another session holds it. Postgres frees the lock when the connection closes, so a crashed
 * holder never blocks its standby for longer than TCP takes to notice.
 */
export async function holdAdvisoryLock(sql: Sql, key: string): Promise<HeldLock | null> {
  const connection = await sql.reserve();
  let held = false;
  try {
    const [row] = await connection<{ locked: boolean }[]>`
      select pg_try_advisory_lock(hashtextextended(${key}, 0)) as locked`;
    held = row?.locked === true;
  } catch (error) {
    connection.release();
    throw error;
  }
  if (!held) {
    connection.release();
    return null;
  }
  let alive = true;
  return {
    isHeld: () => alive,
    async check() {
      if (!alive) return false;
      try {
        await connection`select 1`;
      } catch {
        alive = false;
        connection.release();
      }
      return alive;
    },
    async release() {
      if (!alive) return;
      alive = false;
      try {
        await connection`select pg_advisory_unlock(hashtextextended(${key}, 0))`;
      } finally {
        connection.release();
      }
    },
  };
}
