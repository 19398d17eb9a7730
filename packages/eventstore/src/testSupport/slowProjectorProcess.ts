// A projector process for the crash test: handles events slowly so that the parent can kill it
// (SIGKILL) in the middle of a batch. Usage: tsx slowProjectorProcess.ts DATABASE_URL
import { sql } from "kysely";
import { connectPostgres, createKysely } from "../connect.ts";
import { createEventStore } from "../eventStore.ts";
import { runProcessor } from "../processors/runProcessor.ts";
import { countingProjector } from "./countingProjector.ts";
import { testEvents } from "./testStore.ts";

const url = process.argv[2];
if (!url) throw new Error("usage: slowProjectorProcess.ts DATABASE_URL");
const pool = connectPostgres(url, { max: 4 });
const store = createEventStore({ sql: pool, db: createKysely(pool), catalogue: testEvents });
const inner = countingProjector({ name: "crashy" });
const projector = {
  ...inner,
  async handle(...args: Parameters<typeof inner.handle>) {
    await inner.handle(...args);
    await sql`select pg_sleep(0.002)`.execute(args[1].trx);
    process.stdout.write("handled\n");
  },
};
runProcessor(store, projector, { batchSize: 50, onError: (error) => process.stderr.write(`${String(error)}\n`) });
