import { createServer } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PipelineHarness, startPipelineHarness } from "./support/pipelineHarness.ts";

let h: PipelineHarness;
let port: number;
beforeAll(async () => {
  port = await freePort();
  h = await startPipelineHarness("ops", { PUSHBACK_OPS_PORT: String(port) });
});
afterAll(() => h.close());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

it("a worker process answers /healthz, /readyz and /metrics, then drains and exits on SIGTERM", async () => {
  const worker = h.spawnService("worker");
  const base = `http://127.0.0.1:${port}`;
  await h.waitFor(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok === true, 20_000, "/healthz");
  const ready = await (await fetch(`${base}/readyz`)).json();
  expect(ready).toEqual({ status: "ok", checks: { postgres: "ok", redis: "ok" } });
  const metrics = await (await fetch(`${base}/metrics`)).text();
  expect(metrics).toMatch(/pushback_queue_jobs\{queue="feed-poll",state="waiting"\} \d+/);
  expect(metrics).toMatch(/pushback_processor_lag_events\{processor="ingestion_dispatcher"\} \d+/);
  const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
  worker.kill("SIGTERM");
  expect(await exited).toBe(0);
});

it("a notifier process serves its alert counters on /metrics", async () => {
  const notifierPort = await freePort();
  const notifier = h.spawnService("notifier", { PUSHBACK_OPS_PORT: String(notifierPort) });
  const base = `http://127.0.0.1:${notifierPort}`;
  await h.waitFor(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok === true, 20_000, "/healthz");
  // The lag gauge appears once the notifier's processor has read the log once, which may come after
  // /healthz answers (it did, once, under CI load).
  let metrics = "";
  await h.waitFor(
    async () => {
      metrics = await (await fetch(`${base}/metrics`)).text();
      return /pushback_processor_lag_seconds\{processor="notifier"\}/.test(metrics);
    },
    20_000,
    "the notifier's lag gauge",
  );
  expect(metrics).toContain("alerts_sent_total");
  expect(metrics).toContain("alerts_failed_total");
  expect(metrics).toMatch(/pushback_processor_lag_seconds\{processor="notifier"\}/);
  notifier.kill("SIGTERM");
});
