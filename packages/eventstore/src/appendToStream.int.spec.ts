import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConcurrencyError, EventSchemaError } from "./errors.ts";
import { eventId } from "./eventId.ts";
import { createTestStore, type TestStore } from "./testSupport/testStore.ts";

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore("append");
});
afterAll(() => t.close());

const counted = (key: string, amount = 1) => ({ id: eventId(key), type: "Counted" as const, data: { amount } });

describe("appendToStream", () => {
  it("appends in stream order and reads back with positions and schema version", async () => {
    const result = await t.store.append("a-1", [counted("a1-1"), counted("a1-2", 2)], { expectedVersion: "no_stream" });
    expect(result.nextVersion).toBe(2);
    expect(result.globalPositions).toHaveLength(2);
    const events = await t.store.readStream("a-1");
    expect(events.map((e) => [e.streamPosition, e.data])).toEqual([
      [1, { amount: 1 }],
      [2, { amount: 2 }],
    ]);
    expect(events[0]!.metadata.schemaVersion).toBe(1);
    expect(events[0]!.id).toBe(eventId("a1-1"));
    expect(await t.store.readStream("a-1", { from: 2 })).toHaveLength(1);
    expect(await t.store.readStream("a-1", { to: 1 })).toHaveLength(1);
  });

  it("checks each kind of expected version", async () => {
    await expect(t.store.append("a-2", [counted("a2-1")], { expectedVersion: "exists" })).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    await t.store.append("a-2", [counted("a2-1")], { expectedVersion: "no_stream" });
    await expect(t.store.append("a-2", [counted("a2-2")], { expectedVersion: "no_stream" })).rejects.toMatchObject({
      expected: "no_stream",
      actual: 1,
    });
    await t.store.append("a-2", [counted("a2-2")], { expectedVersion: "exists" });
    await expect(t.store.append("a-2", [counted("a2-3")], { expectedVersion: 1 })).rejects.toMatchObject({
      expected: 1,
      actual: 2,
    });
    expect((await t.store.append("a-2", [counted("a2-3")], { expectedVersion: 2 })).nextVersion).toBe(3);
  });

  it("writes nothing and succeeds when the same events are appended again", async () => {
    const events = [counted("a3-1"), counted("a3-2")];
    const first = await t.store.append("a-3", events, { expectedVersion: "no_stream" });
    const again = await t.store.append("a-3", events, { expectedVersion: "no_stream" });
    expect(again).toEqual({ streamId: "a-3", nextVersion: 2, globalPositions: [], alreadyStored: 2 });
    const withAny = await t.store.append("a-3", events);
    expect(withAny.alreadyStored).toBe(2);
    expect(await t.store.readStream("a-3")).toHaveLength(2);
    expect(first.alreadyStored).toBe(0);
  });

  it("appends to several streams atomically", async () => {
    await t.store.append("m-2", [counted("m2-0")]);
    await expect(
      t.store.appendMany([
        { streamId: "m-1", events: [counted("m1-1")] },
        { streamId: "m-2", events: [counted("m2-1")], expectedVersion: "no_stream" },
      ]),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await t.store.readStream("m-1")).toHaveLength(0);
    const results = await t.store.appendMany([
      { streamId: "m-1", events: [counted("m1-1")] },
      { streamId: "m-2", events: [counted("m2-1")], expectedVersion: 1 },
    ]);
    expect(results.map((r) => r.nextVersion)).toEqual([1, 2]);
  });

  it("rejects data that does not match the event's schema", async () => {
    await expect(
      t.store.append("bad", [{ id: eventId("bad"), type: "Counted", data: { amount: "x" } as never }]),
    ).rejects.toBeInstanceOf(EventSchemaError);
  });

  it("upcasts events stored under an older schema version", async () => {
    await t.store.db
      .insertInto("events")
      .values({
        event_id: eventId("old-named"),
        stream_id: "named-1",
        stream_position: 1,
        type: "Named",
        data: { name: "Aida Balaeva" },
        metadata: { schemaVersion: 1 },
      })
      .execute();
    const [event] = await t.store.readStream("named-1");
    expect(event!.data).toEqual({ first: "Aida", last: "Balaeva" });
    expect(event!.metadata.schemaVersion).toBe(1);
  });

  it("lets exactly one of many concurrent appenders win each version", async () => {
    await t.store.append("race", [counted("race-0")]);
    const rounds = 5;
    const writers = 12;
    for (let round = 0; round < rounds; round++) {
      const expectedVersion = round + 1;
      const outcomes = await Promise.allSettled(
        Array.from({ length: writers }, (_, writer) =>
          t.store.append("race", [counted(`race-${round}-${writer}`)], { expectedVersion }),
        ),
      );
      const won = outcomes.filter((o) => o.status === "fulfilled");
      const lost = outcomes.filter((o) => o.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(writers - 1);
      for (const o of lost) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    }
    const stream = await t.store.readStream("race");
    expect(stream.map((e) => e.streamPosition)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
