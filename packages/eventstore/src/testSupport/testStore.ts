import { createTestDatabase } from "@pushback/testing";
import { z } from "zod";
import { defineEvents, type EventUnion } from "../catalogue.ts";
import { connectPostgres, createKysely } from "../connect.ts";
import { createEventStore, type EventStore } from "../eventStore.ts";
import { migrateToLatest } from "../migrate.ts";

/** A small catalogue for the event store's own tests. */
export const testEvents = defineEvents({
  Counted: { schema: z.object({ amount: z.number().int() }) },
  Named: {
    version: 2,
    schema: z.object({ first: z.string(), last: z.string() }),
    upcasters: {
      1: (data: { name: string }) => ({ first: data.name.split(" ")[0], last: data.name.split(" ")[1] ?? "" }),
    },
  },
});
export type TestEvent = EventUnion<typeof testEvents.definitions>;

export interface TestStore {
  store: EventStore<TestEvent>;
  url: string;
  close(): Promise<void>;
}

/** A migrated event store on a database of its own. */
export async function createTestStore(label: string, poolSize = 10): Promise<TestStore> {
  const database = await createTestDatabase(label);
  const sql = connectPostgres(database.url, { max: poolSize });
  const db = createKysely(sql);
  await migrateToLatest(db);
  const store = createEventStore({ sql, db, catalogue: testEvents });
  return {
    store,
    url: database.url,
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
}
