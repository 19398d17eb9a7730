import { afterAll, beforeAll, expect, it } from "vitest";
import { eventId } from "../eventId.ts";
import { createTestStore, type TestStore } from "../testSupport/testStore.ts";
import { defineReactor } from "./processorDefinition.ts";
import { runProcessor } from "./runProcessor.ts";

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore("gapfree", 24);
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("a subscriber sees every event exactly once while 8 writers commit out of order", async () => {
  const writers = 8;
  const perTransaction = 10;
  const total = 20_000;
  const perWriter = total / writers;
  const handled: string[] = [];
  const reader = runProcessor(
    t.store,
    defineReactor({
      name: "gapfree",
      async handle(event) {
        handled.push(event.id);
      },
    }),
    { batchSize: 300, idleMaxMs: 5 },
  );

  const written: string[] = [];
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let offset = 0; offset < perWriter; offset += perTransaction) {
        const events = Array.from({ length: perTransaction }, (_, i) => ({
          id: eventId(`gap-${writer}-${offset + i}`),
          type: "Counted" as const,
          data: { amount: 1 },
        }));
        // Positions are taken at insert but become visible at commit: a random delay between the
        // two makes later positions commit before earlier ones.
        await t.store.transaction(async (store) => {
          await store.append(`writer-${writer}`, events);
          await sleep(Math.random() * 6);
        });
        written.push(...events.map((e) => e.id));
      }
    }),
  );
  await reader.whenCaughtUp(60_000);
  await reader.stop();

  expect(written).toHaveLength(total);
  expect(handled).toHaveLength(total);
  expect(new Set(handled)).toEqual(new Set(written));
});
