import type { Kysely } from "kysely";
import type { EventCatalogue } from "./catalogue.ts";
import type { Sql } from "./connect.ts";
import type { EventStoreDatabase } from "./database.ts";

/** What every event-store operation needs: a Kysely handle (pool or transaction) and the catalogue. */
export interface StoreContext {
  db: Kysely<EventStoreDatabase>;
  catalogue: EventCatalogue;
  /** The pool under `db`, for the append path's own transactions. */
  sql?: Sql;
}

/** Runs `work` in the caller's transaction when there is one, else in a new one. */
export async function inTransaction<T>(
  db: Kysely<EventStoreDatabase>,
  work: (trx: Kysely<EventStoreDatabase>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
