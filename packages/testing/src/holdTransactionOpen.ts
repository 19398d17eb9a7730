import postgres from "postgres";
import { TEST_ADMIN_URL } from "./testDatabase.ts";

export interface OpenTransaction {
  /** Commits the transaction and closes its connection. */
  release(): Promise<void>;
}

/**
 * A transaction with an id, left open on a connection of its own: snapshot horizons are cluster-wide,
 * so it holds back what any reader may read, in every database. (Not a connection reserved from the
 * store's pool: under load postgres.js can hand a reserved connection to another query, which then
 * reads inside this transaction and sees past it.)
 */
export async function holdTransactionOpen(): Promise<OpenTransaction> {
  const sql = postgres(TEST_ADMIN_URL, { max: 1, onnotice: () => {} });
  await sql`begin`;
  await sql`select pg_current_xact_id()`;
  return {
    async release() {
      try {
        await sql`commit`;
      } finally {
        await sql.end();
      }
    },
  };
}
