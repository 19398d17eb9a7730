import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { eventId } from "../eventId.ts";
import { countingProjector } from "../testSupport/countingProjector.ts";
import { createTestStore, type TestStore } from "../testSupport/testStore.ts";
import { runProcessor } from "./runProcessor.ts";

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore("crash");
});
afterAll(() => t.close());

const childScript = fileURLToPath(new URL("../testSupport/slowProjectorProcess.ts", import.meta.url));

function startChild(url: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", childScript, url], { stdio: ["ignore", "pipe", "inherit"] });
}

/** Resolves once the child has handled `count` more events (it may be in the middle of a batch then). */
function afterHandled(child: ChildProcess, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString().split("\n").filter(Boolean).length;
      if (seen >= count) resolve();
    });
    child.once("exit", () => reject(new Error("child exited early")));
  });
}

it("a projector killed mid-batch resumes without applying any batch twice", async () => {
  const total = 600;
  for (let i = 0; i < total; i += 100) {
    await t.store.append(
      `crash-${i}`,
      Array.from({ length: 100 }, (_, j) => ({
        id: eventId(`crash-${i + j}`),
        type: "Counted" as const,
        data: { amount: 1 },
      })),
    );
  }
  // Kill it three times, each time part-way through a 50-event batch (75 is not a multiple of 50).
  for (let round = 0; round < 3; round++) {
    const child = startChild(t.url);
    await afterHandled(child, 75);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
  const progress = await sql<{ n: number }>`select count(*)::int as n from crashy_g1.seen`.execute(t.store.db);
  expect(progress.rows[0]!.n).toBeGreaterThan(0);
  expect(progress.rows[0]!.n).toBeLessThan(total);

  // Finish in-process and check every event was applied exactly once.
  const handle = runProcessor(t.store, countingProjector({ name: "crashy" }));
  await handle.whenCaughtUp();
  await handle.stop();
  const applied = await sql<{ n: number; max: number }>`
    select count(*)::int as n, max(applied)::int as max from crashy.seen`.execute(t.store.db);
  expect(applied.rows[0]).toEqual({ n: total, max: 1 });
  const totals = await sql<{ amount: number }>`select sum(amount)::int as amount from crashy.totals`.execute(
    t.store.db,
  );
  expect(totals.rows[0]!.amount).toBe(total);
});
