import { holdTransactionOpen } from "@pushback/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiHarness, createApiHarness } from "../testSupport/apiHarness.ts";
import { storyScenario } from "../testSupport/storyScenario.ts";

let h: ApiHarness;
let url: string;
let key: string;

beforeAll(async () => {
  h = await createApiHarness("api_stream");
  ({ url } = await h.start({ streamPollMs: 20, heartbeatMs: 100 }));
  ({ key } = await h.key());
}, 30_000);

afterAll(() => h?.close());

/** SSE blocks read so far from one response, and a way to wait for more. */
function sseReader(reader: ReadableStreamDefaultReader<string>) {
  const blocks: string[] = [];
  let buffer = "";
  let pending: Promise<ReadableStreamReadResult<string>> | null = null;
  return {
    blocks,
    // Generous: a long transaction in another test file (a projection rebuild, say) holds back what
    // the log may show, since snapshot xmin is cluster-wide; it once outlasted 30 s under load.
    async until(done: (blocks: string[]) => boolean, ms = 90_000): Promise<string[]> {
      const deadline = Date.now() + ms;
      while (!done(blocks) && Date.now() < deadline) {
        pending ??= reader.read();
        const next = await Promise.race([
          pending,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
        ]);
        if (!next) break;
        pending = null;
        if (next.done) break;
        buffer += next.value;
        const parts = buffer.split("\n\n");
        buffer = parts.pop() ?? "";
        blocks.push(...parts);
      }
      return blocks;
    },
  };
}

it("pushes an `event: story` for each story event appended after connecting, with heartbeats", async () => {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/stream`, {
    headers: { authorization: `Bearer ${key}` },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const first = await reader.read();
  expect(first.value).toContain(": connected");
  const liveStreams = async () =>
    /pushback_api_live_streams (\d+)/.exec(await (await fetch(`${url}/metrics`)).text())?.[1];
  expect(await liveStreams()).toBe("1");

  const { opening } = storyScenario({ storyId: "live", publishedAt: new Date("2021-11-25T08:00:00Z") });
  await h.append("live", opening);
  const stories = (blocks: string[]) => blocks.filter((b) => b.includes("event: story"));
  const blocks = await sseReader(reader).until(
    (b) => stories(b).length >= opening.length && b.some((x) => x.startsWith(": ping")),
  );
  await reader.cancel();
  const payloads = stories(blocks).map((b) => JSON.parse(/^data: (.*)$/m.exec(b)![1]!));
  expect(payloads.map((p) => p.type)).toEqual(opening.map((e) => e.type));
  expect(payloads.every((p) => p.storyId === "live" && Number.isInteger(p.globalPosition))).toBe(true);
  expect(blocks.some((b) => b.startsWith(": ping"))).toBe(true);
  controller.abort();
  // The server notices the disconnect and lets the stream go.
  await expect.poll(liveStreams, { timeout: 3_000 }).toBe("0");
}, 120_000);

it("replays what a client missed after its Last-Event-ID, then goes on live", async () => {
  const { opening, response } = storyScenario({ storyId: "resume", publishedAt: new Date("2021-11-26T08:00:00Z") });
  await h.append("resume", opening);
  const stored = await h.store.readStream("story-resume");
  const first = stored[0]!;
  const controller = new AbortController();
  const stream = await fetch(`${url}/api/stream`, {
    headers: { authorization: `Bearer ${key}`, "last-event-id": `${first.transactionId}:${first.globalPosition}` },
    signal: controller.signal,
  });
  expect(stream.status).toBe(200);
  const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
  const missed = opening.length - 1;
  const seenIds = (blocks: string[]) =>
    blocks.filter((b) => b.includes("event: story")).map((b) => /^id: (.*)$/m.exec(b)![1]);
  const sse = sseReader(reader);
  await sse.until((b) => seenIds(b).length >= missed);
  expect(seenIds(sse.blocks)).toEqual(stored.slice(1).map((e) => `${e.transactionId}:${e.globalPosition}`));
  await h.append("resume", response);
  await sse.until((b) => seenIds(b).length >= missed + response.length);
  const types = sse.blocks
    .filter((b) => b.includes("event: story"))
    .map((b) => JSON.parse(/^data: (.*)$/m.exec(b)![1]!).type);
  expect(types).toEqual([...opening.slice(1), ...response].map((e) => e.type));
  await reader.cancel();
  controller.abort();
}, 200_000);

it("replays, once they are readable, events that an older open transaction still held back at reconnect", async () => {
  const { opening } = storyScenario({ storyId: "held", publishedAt: new Date("2021-11-27T08:00:00Z") });
  await h.append("held", opening.slice(0, 1));
  const [first] = await h.store.readStream("story-held");
  const seenIds = (blocks: string[]) =>
    blocks.filter((b) => b.includes("event: story")).map((b) => /^id: (.*)$/m.exec(b)![1]);
  const blocker = await holdTransactionOpen();
  let sse: ReturnType<typeof sseReader>;
  let reader: ReadableStreamDefaultReader<string>;
  try {
    // Committed, but behind the open transaction in the log's read order: not readable yet.
    await h.append("held", opening.slice(1));
    const stream = await fetch(`${url}/api/stream`, {
      headers: { authorization: `Bearer ${key}`, "last-event-id": `${first!.transactionId}:${first!.globalPosition}` },
    });
    expect(stream.status).toBe(200);
    reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    sse = sseReader(reader);
    // The server has replayed what it could read (nothing yet, normally) and sent a heartbeat.
    // (Twice in fresh-clone CI runs under load an event was already readable here although the
    // blocker was open, with the blocker on the store's pool and on a connection of its own; the
    // cause is not found (see the fifth session's closing note). What this test guards is below:
    // every missed event arrives once, in order.)
    await sse.until((b) => b.some((x) => x.startsWith(": ping")));
  } finally {
    await blocker.release();
  }
  await sse.until((b) => seenIds(b).length >= opening.length - 1);
  const stored = await h.store.readStream("story-held");
  expect(seenIds(sse.blocks)).toEqual(stored.slice(1).map((e) => `${e.transactionId}:${e.globalPosition}`));
  await reader.cancel();
}, 200_000);

it("rejects a malformed Last-Event-ID", async () => {
  const response = await fetch(`${url}/api/stream`, {
    headers: { authorization: `Bearer ${key}`, "last-event-id": "yesterday" },
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ field: "Last-Event-ID" });
});

it("needs a key", async () => {
  const response = await fetch(`${url}/api/stream`);
  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({ error: "unauthorized" });
});
