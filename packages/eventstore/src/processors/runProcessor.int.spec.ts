import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventId } from "../eventId.ts";
import { countingProjector } from "../testSupport/countingProjector.ts";
import { createTestStore, type TestStore } from "../testSupport/testStore.ts";
import { defineReactor } from "./processorDefinition.ts";
import { rebuildProjection } from "./rebuildProjection.ts";
import { runProcessor } from "./runProcessor.ts";

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore("processors", 20);
});
afterAll(() => t.close());

const counted = (key: string, amount = 1) => ({ id: eventId(key), type: "Counted" as const, data: { amount } });

async function rows(query: string) {
  return (await sql.raw(query).execute(t.store.db)).rows;
}

describe("runProcessor", () => {
  it("projects events, serves them through the read views, and rebuilds to an equal result", async () => {
    const projector = countingProjector();
    const handle = runProcessor(t.store, projector);
    for (let i = 0; i < 30; i++) await t.store.append(`p-${i % 3}`, [counted(`p-${i}`, i)]);
    await handle.whenCaughtUp();
    const incremental = await rows("select * from counting.totals order by stream_id");
    expect(incremental).toEqual([
      { stream_id: "p-0", events: 10, amount: 135 },
      { stream_id: "p-1", events: 10, amount: 145 },
      { stream_id: "p-2", events: 10, amount: 155 },
    ]);

    const result = await rebuildProjection(t.store, projector);
    expect(result).toMatchObject({ fromGeneration: 1, toGeneration: 2, events: 30 });
    expect(await rows("select * from counting.totals order by stream_id")).toEqual(incremental);
    expect(await rows("select count(*)::int as n from counting.seen where applied <> 1")).toEqual([{ n: 0 }]);
    const schemas = await rows("select nspname from pg_namespace where nspname like 'counting%' order by 1");
    expect(schemas.map((r: any) => r.nspname)).toEqual(["counting", "counting_g2"]);

    // The live runner moves to the new generation and keeps projecting.
    await t.store.append("p-0", [counted("p-after", 1000)]);
    await handle.whenCaughtUp();
    expect(await rows("select amount from counting.totals where stream_id = 'p-0'")).toEqual([{ amount: 1135 }]);
    await handle.stop();
  });

  it("keeps serving the old generation while a rebuild runs", async () => {
    const projector = countingProjector({ name: "served" });
    const live = runProcessor(t.store, projector);
    await live.whenCaughtUp();
    const before = await rows("select sum(amount)::int as total from served.totals");
    // While the rebuild replays (batch by batch), readers still see the complete old generation.
    const readsDuringRebuild: Promise<unknown>[] = [];
    await rebuildProjection(t.store, projector, {
      batchSize: 5,
      onProgress: () => {
        readsDuringRebuild.push(rows("select sum(amount)::int as total from served.totals"));
      },
    });
    expect(readsDuringRebuild.length).toBeGreaterThan(1);
    for (const during of await Promise.all(readsDuringRebuild)) expect(during).toEqual(before);
    expect(await rows("select sum(amount)::int as total from served.totals")).toEqual(before);
    await live.stop();
  });

  it("retries a failing event, then parks it with a record and goes on", async () => {
    const projector = countingProjector({ name: "parking", failOn: (amount) => amount === -1 });
    await t.store.append("park-1", [counted("park-a", 5), counted("park-bad", -1), counted("park-b", 7)]);
    const parked: string[] = [];
    const handle = runProcessor(t.store, projector, { retryDelayMs: 1, onParked: (e) => parked.push(e.id) });
    await handle.whenCaughtUp();
    expect(parked).toEqual([eventId("park-bad")]);
    expect(await rows("select events, amount from parking.totals where stream_id = 'park-1'")).toEqual([
      { events: 2, amount: 12 },
    ]);
    const [record] = await rows("select event_type, attempts, error from parked_events where processor = 'parking@1'");
    expect(record).toMatchObject({ event_type: "Counted", attempts: 3 });
    expect((record as any).error).toContain("refusing amount -1");
    await handle.stop();
  });

  it("retries through an outage instead of parking the event", async () => {
    let failures = 0;
    const handled: string[] = [];
    const reactor = defineReactor({
      name: "outage",
      startFrom: "now",
      async handle(event) {
        if (failures++ < 4) throw new Error("connection is closed");
        handled.push(event.id);
      },
    });
    const handle = runProcessor(t.store, reactor, { maxAttempts: 1, retryDelayMs: 5, isOutage: () => true });
    await handle.whenCaughtUp();
    await t.store.append("outage", [counted("outage-1")]);
    await handle.whenCaughtUp(10_000);
    await handle.stop();
    expect(handled).toEqual([eventId("outage-1")]);
    expect(await rows("select count(*)::int as n from parked_events where processor = 'outage'")).toEqual([{ n: 0 }]);
  });

  it("runs one active instance per processor; a standby takes over when it stops", async () => {
    const projector = countingProjector({ name: "failover" });
    const first = runProcessor(t.store, projector, { standbyRetryMs: 20 });
    await first.whenCaughtUp();
    const second = runProcessor(t.store, projector, { standbyRetryMs: 20 });
    await new Promise((r) => setTimeout(r, 100));
    expect(first.isActive()).toBe(true);
    expect(second.isActive()).toBe(false);
    await first.stop();
    await t.store.append("fo", [counted("fo-1", 3)]);
    await second.whenCaughtUp(5_000);
    expect(second.isActive()).toBe(true);
    expect(await rows("select amount from failover.totals where stream_id = 'fo'")).toEqual([{ amount: 3 }]);
    await second.stop();
  });

  it("an idle processor notices new events by itself (latency is measured by bench:eventstore)", async () => {
    const seen: string[] = [];
    const reactor = defineReactor({
      name: "idle",
      startFrom: "now",
      async handle(event) {
        seen.push(event.id);
      },
    });
    const handle = runProcessor(t.store, reactor);
    await handle.whenCaughtUp();
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 150)); // let the poller back off to its idle pace
      await t.store.append("idle", [counted(`idle-${i}`)]);
      const deadline = Date.now() + 5_000;
      while (seen.length <= i && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    }
    await handle.stop();
    expect(seen).toEqual([0, 1, 2].map((i) => eventId(`idle-${i}`)));
  });

  it("a reactor starting 'now' still gets the events of a transaction that was open when it started", async () => {
    const seen: string[] = [];
    const reactor = defineReactor({
      name: "late_commit",
      startFrom: "now",
      async handle(event) {
        seen.push(event.id);
      },
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let appended!: () => void;
    const older = new Promise<void>((resolve) => {
      appended = resolve;
    });
    const transaction = t.store.transaction(async (store) => {
      await store.append("older", [counted("older-1")]);
      appended();
      await released;
    });
    await older;
    // Committed after the older transaction began, so it comes after it in the log's read order.
    await t.store.append("newer", [counted("newer-1")]);
    const handle = runProcessor(t.store, reactor);
    await new Promise((r) => setTimeout(r, 200)); // the reactor has chosen where "now" is
    release();
    await transaction;
    await handle.whenCaughtUp(60_000);
    await handle.stop();
    expect(seen).toEqual([eventId("older-1"), eventId("newer-1")]);
  }, 90_000);

  it("does not re-fire a reactor when a projection is rebuilt", async () => {
    const fired: string[] = [];
    const reactor = defineReactor({
      name: "effects",
      async handle(event) {
        fired.push(event.id);
      },
    });
    const handle = runProcessor(t.store, reactor);
    await handle.whenCaughtUp();
    const count = fired.length;
    await rebuildProjection(t.store, countingProjector());
    await handle.whenCaughtUp();
    expect(fired.length).toBe(count);
    expect(new Set(fired).size).toBe(fired.length);
    await expect(rebuildProjection(t.store, reactor as never)).rejects.toThrow(/only projectors/);
    await handle.stop();
  });
});
