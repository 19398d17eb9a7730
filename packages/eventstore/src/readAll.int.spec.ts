import { holdTransactionOpen } from "@pushback/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { eventId } from "./eventId.ts";
import { createTestStore, type TestStore } from "./testSupport/testStore.ts";

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore("read_all");
});
afterAll(() => t.close());

const START = { transactionId: "0", globalPosition: 0 };
const counted = (key: string) => ({ id: eventId(key), type: "Counted" as const, data: { amount: 1 } });

it("holds back events committed after an older transaction that is still running, and tells the two heads apart", async () => {
  await t.store.append("early", [counted("early-1")]);
  // An older transaction, still open, that could yet write events before the ones appended next.
  const blocker = await holdTransactionOpen();
  try {
    await t.store.append("late", [counted("late-1"), counted("late-2")]);

    const head = await t.store.readHead();
    const readable = await t.store.readReadableHead();
    const [early] = await t.store.readStream("early");
    const late = await t.store.readStream("late");
    expect(head).toEqual({ transactionId: late[1]!.transactionId, globalPosition: late[1]!.globalPosition });
    expect(readable).toEqual({ transactionId: early!.transactionId, globalPosition: early!.globalPosition });
    expect((await t.store.readAll(START)).map((e) => e.streamId)).toEqual(["early"]);
  } finally {
    await blocker.release();
  }
  // Other test files' transactions share the cluster's snapshot horizon: wait for them to pass.
  await expect.poll(() => t.store.readReadableHead(), { timeout: 60_000 }).toEqual(await t.store.readHead());
  expect((await t.store.readAll(START)).map((e) => e.streamId)).toEqual(["early", "late", "late"]);
}, 90_000);
