// npm run bench:eventstore — our event store against raw Postgres on the same rows, in one run on
// one fresh database. Prints a table, the ratios ours/raw, and one JSON line with every figure.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import postgres from "postgres";
import { z } from "zod";
import { defineEvents } from "../src/catalogue.ts";
import { connectPostgres, createKysely } from "../src/connect.ts";
import { createDatabaseIfMissing } from "../src/createDatabase.ts";
import { eventId } from "../src/eventId.ts";
import { createEventStore } from "../src/eventStore.ts";
import { migrateToLatest } from "../src/migrate.ts";
import { defineProjector } from "../src/processors/processorDefinition.ts";
import { rebuildProjection } from "../src/processors/rebuildProjection.ts";
import { START } from "../src/recordedEvent.ts";

const adminUrl = process.env.PUSHBACK_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const scale = Number(process.env.PUSHBACK_BENCH_SCALE ?? 1);
const SINGLE = Math.round(2_000 * scale);
const BATCHES = Math.round(200 * scale);
const BATCH = 100;
const WRITERS = 8;
const PER_WRITER = Math.round(250 * scale);
const WRITER_BATCH = 10;

const catalogue = defineEvents({
  ArticleSeen: {
    schema: z.object({ url: z.string(), outlet: z.string(), title: z.string(), words: z.number() }),
  },
});

let serial = 0;
function payload() {
  serial++;
  return {
    url: `https://news.example.org/2021/11/story-${serial}`,
    outlet: ["wire", "rferl", "diplomat"][serial % 3]!,
    title: `Ministry says agreement reached on content reporting channel, part ${serial}`,
    words: 400 + (serial % 900),
  };
}
const event = (key: string) => ({ id: eventId(`bench:${key}`), type: "ArticleSeen" as const, data: payload() });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

const name = `pushback_bench_${randomBytes(4).toString("hex")}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
await createDatabaseIfMissing(url.toString());
const pool = connectPostgres(url.toString(), { max: 12 });
const db = createKysely(pool);
const figures: Record<string, number> = {};
try {
  await migrateToLatest(db);
  const store = createEventStore({ sql: pool, db, catalogue });

  // 1. Sequential single-event appends.
  const latencies: number[] = [];
  const single = await timed(async () => {
    for (let i = 0; i < SINGLE; i++) {
      const start = performance.now();
      await store.append(`single-${i % 50}`, [event(`single-${i}`)]);
      latencies.push(performance.now() - start);
    }
  });
  figures.single_appends_per_s = SINGLE / single.seconds;
  figures.single_append_p50_ms = percentile(latencies, 50);
  figures.single_append_p99_ms = percentile(latencies, 99);

  // 2. Batched appends, 100 events each.
  const batched = await timed(async () => {
    for (let b = 0; b < BATCHES; b++) {
      await store.append(
        `batch-${b % 20}`,
        Array.from({ length: BATCH }, (_, i) => event(`batch-${b}-${i}`)),
      );
    }
  });
  figures.batched_append_events_per_s = (BATCHES * BATCH) / batched.seconds;

  // 3. Eight concurrent writers, 10-event appends to their own streams.
  const concurrent = await timed(() =>
    Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let b = 0; b < PER_WRITER; b++) {
          await store.append(
            `writer-${w}`,
            Array.from({ length: WRITER_BATCH }, (_, i) => event(`writer-${w}-${b}-${i}`)),
          );
        }
      }),
    ),
  );
  figures.concurrent_8_writers_events_per_s = (WRITERS * PER_WRITER * WRITER_BATCH) / concurrent.seconds;
  figures.concurrent_8_writers_appends_per_s = (WRITERS * PER_WRITER) / concurrent.seconds;

  // Raw baselines on the same rows: a plain table with the same columns and only a primary key.
  const rows = await pool<
    { event_id: string; stream_id: string; stream_position: number; type: string; data: unknown; metadata: unknown }[]
  >`select event_id, stream_id, stream_position, type, data, metadata from events order by global_position`;
  const batchedRows = rows.filter((r) => r.stream_id.startsWith("batch-"));
  await pool`create table raw_events (id bigserial primary key, event_id uuid, stream_id text, stream_position bigint, type text, data jsonb, metadata jsonb)`;
  const rawInsert = await timed(async () => {
    for (let i = 0; i < batchedRows.length; i += BATCH) {
      await pool`insert into raw_events ${pool(batchedRows.slice(i, i + BATCH) as never, "event_id", "stream_id", "stream_position", "type", "data", "metadata")}`;
    }
  });
  figures.raw_multirow_insert_rows_per_s = batchedRows.length / rawInsert.seconds;

  await pool`create table raw_copy (id bigserial primary key, event_id uuid, stream_id text, stream_position bigint, type text, data jsonb, metadata jsonb)`;
  const rawCopy = await timed(async () => {
    const writable =
      await pool`copy raw_copy (event_id, stream_id, stream_position, type, data, metadata) from stdin`.writable();
    const escapeCopyText = (value: string) => value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
    for (const row of batchedRows) {
      const line = [
        row.event_id,
        row.stream_id,
        String(row.stream_position),
        row.type,
        JSON.stringify(row.data),
        JSON.stringify(row.metadata),
      ]
        .map(escapeCopyText)
        .join("\t");
      if (!writable.write(`${line}\n`)) await new Promise((resolve) => writable.once("drain", resolve));
    }
    await new Promise<void>((resolve, reject) =>
      writable.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  });
  figures.raw_copy_rows_per_s = batchedRows.length / rawCopy.seconds;

  // 4. Catch-up read of the whole log, in batches of 1000, against a plain ordered scan of the same rows.
  const total = rows.length;
  const catchUp = await timed(async () => {
    let checkpoint = START;
    let read = 0;
    while (read < total) {
      const batch = await store.readAll(checkpoint, 1000);
      // Reads stop below the oldest running transaction of the whole cluster: another database's
      // open transaction can hold them back for a moment, so an empty batch is not the end.
      if (batch.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        continue;
      }
      read += batch.length;
      const last = batch[batch.length - 1]!;
      checkpoint = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    }
    return read;
  });
  if (catchUp.value !== total) throw new Error(`catch-up read ${catchUp.value} of ${total} events`);
  figures.catch_up_events_per_s = total / catchUp.seconds;
  const scan = await timed(async () => {
    let read = 0;
    await pool`select global_position, transaction_id::text, event_id, stream_id, stream_position, type, data, metadata, created_at
               from events order by global_position`.cursor(1000, (batch) => {
      read += batch.length;
    });
    return read;
  });
  figures.raw_scan_rows_per_s = scan.value / scan.seconds;

  // 5. Rebuild of a counting projection (events and words per outlet).
  const counting = defineProjector<any, any>({
    name: "bench_counts",
    version: 1,
    async setup(trx, schema) {
      await sql`create table ${sql.id(schema, "outlets")} (outlet text primary key, events int not null, words bigint not null)`.execute(
        trx,
      );
    },
    async handle(e, context) {
      await this.handleBatch!([e], context);
    },
    async handleBatch(events, { db: projection }) {
      const totals = new Map<string, { events: number; words: number }>();
      for (const e of events) {
        const current = totals.get(e.data.outlet) ?? { events: 0, words: 0 };
        current.events++;
        current.words += e.data.words;
        totals.set(e.data.outlet, current);
      }
      const values = [...totals].map(([outlet, t]) => ({ outlet, events: t.events, words: t.words }));
      await projection
        .insertInto("outlets")
        .values(values)
        .onConflict((oc: any) =>
          oc.column("outlet").doUpdateSet({
            events: sql`outlets.events + excluded.events`,
            words: sql`outlets.words + excluded.words`,
          }),
        )
        .execute();
    },
  });
  const rebuild = await timed(() => rebuildProjection(store, counting, { batchSize: 1000 }));
  const counted = await sql<{ n: number }>`select sum(events)::int as n from bench_counts.outlets`.execute(db);
  if (counted.rows[0]!.n !== total) throw new Error(`rebuild counted ${counted.rows[0]!.n} of ${total}`);
  figures.rebuild_events_per_s = total / rebuild.seconds;

  // 6. Idle latency: from an append's commit to its handling by an idle processor (poll back-off).
  const { defineReactor } = await import("../src/processors/processorDefinition.ts");
  const { runProcessor } = await import("../src/processors/runProcessor.ts");
  const handledAt = new Map<string, number>();
  const idle = runProcessor(
    store,
    defineReactor({
      name: "bench_idle",
      startFrom: "now",
      async handle(e) {
        handledAt.set(e.id, performance.now());
      },
    }),
  );
  await idle.whenCaughtUp();
  const idleLatencies: number[] = [];
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 120));
    const e = event(`idle-${i}`);
    await store.append("idle", [e]);
    const committed = performance.now();
    while (!handledAt.has(e.id)) await new Promise((resolve) => setTimeout(resolve, 1));
    idleLatencies.push(handledAt.get(e.id)! - committed);
  }
  await idle.stop();
  figures.idle_latency_p50_ms = percentile(idleLatencies, 50);
  figures.idle_latency_p99_ms = percentile(idleLatencies, 99);

  figures.ratio_batched_append_vs_raw_insert =
    figures.batched_append_events_per_s / figures.raw_multirow_insert_rows_per_s;
  figures.ratio_batched_append_vs_copy = figures.batched_append_events_per_s / figures.raw_copy_rows_per_s;
  figures.ratio_catch_up_vs_raw_scan = figures.catch_up_events_per_s / figures.raw_scan_rows_per_s;
  figures.ratio_rebuild_vs_raw_scan = figures.rebuild_events_per_s / figures.raw_scan_rows_per_s;
  figures.events_in_log = total;

  const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(3));
  const table: [string, number, string][] = [
    ["sequential single-event appends/s", figures.single_appends_per_s, ""],
    ["  p50 latency ms", figures.single_append_p50_ms, ""],
    ["  p99 latency ms", figures.single_append_p99_ms, ""],
    ["batched appends (100/batch) events/s", figures.batched_append_events_per_s, ""],
    ["8 concurrent writers events/s", figures.concurrent_8_writers_events_per_s, ""],
    ["catch-up read events/s", figures.catch_up_events_per_s, ""],
    ["rebuild (counting projection) events/s", figures.rebuild_events_per_s, ""],
    ["idle commit-to-handling p50 ms", figures.idle_latency_p50_ms, "target ~100"],
    ["idle commit-to-handling p99 ms", figures.idle_latency_p99_ms, ""],
    ["raw multi-row INSERT rows/s", figures.raw_multirow_insert_rows_per_s, "baseline"],
    ["raw COPY rows/s", figures.raw_copy_rows_per_s, "baseline"],
    ["raw SELECT ... ORDER BY scan rows/s", figures.raw_scan_rows_per_s, "baseline"],
  ];
  console.log(`event store benchmark, ${total} events in the log\n`);
  for (const [label, value, note] of table) console.log(`${label.padEnd(42)} ${fmt(value).padStart(12)}  ${note}`);
  console.log("\nratios (ours / raw)                          value   target");
  const checks: [string, number, number][] = [
    ["batched append / multi-row INSERT", figures.ratio_batched_append_vs_raw_insert, 0.5],
    ["catch-up read / raw scan", figures.ratio_catch_up_vs_raw_scan, 0.5],
    ["rebuild / raw scan", figures.ratio_rebuild_vs_raw_scan, 0.3],
  ];
  for (const [label, value, target] of checks) {
    console.log(
      `${label.padEnd(42)} ${value.toFixed(2).padStart(6)}   >= ${target} ${value >= target ? "ok" : "MISSED"}`,
    );
  }
  console.log(
    `${"batched append / COPY (for reference)".padEnd(42)} ${figures.ratio_batched_append_vs_copy.toFixed(2).padStart(6)}`,
  );
  console.log(
    JSON.stringify({
      bench: "eventstore",
      ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(4))])),
    }),
  );
} finally {
  await db.destroy();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
}
