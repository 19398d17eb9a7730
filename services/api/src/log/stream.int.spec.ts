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

/** Reads SSE blocks until `until` is satisfied or the time runs out. */
async function readEvents(
  reader: ReadableStreamDefaultReader<string>,
  until: (blocks: string[]) => boolean,
  ms = 5_000,
): Promise<string[]> {
  const blocks: string[] = [];
  let buffer = "";
  const deadline = Date.now() + ms;
  while (!until(blocks) && Date.now() < deadline) {
    const next = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
    ]);
    if (!next || next.done) break;
    buffer += next.value;
    const parts = buffer.split("\n\n");
    buffer = parts.pop() ?? "";
    blocks.push(...parts);
  }
  await reader.cancel();
  return blocks;
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
  const blocks = await readEvents(
    reader,
    (b) => stories(b).length >= opening.length && b.some((x) => x.startsWith(": ping")),
  );
  const payloads = stories(blocks).map((b) => JSON.parse(/^data: (.*)$/m.exec(b)![1]!));
  expect(payloads.map((p) => p.type)).toEqual(opening.map((e) => e.type));
  expect(payloads.every((p) => p.storyId === "live" && Number.isInteger(p.globalPosition))).toBe(true);
  expect(blocks.some((b) => b.startsWith(": ping"))).toBe(true);
  controller.abort();
  // The server notices the disconnect and lets the stream go.
  await expect.poll(liveStreams, { timeout: 3_000 }).toBe("0");
});

it("needs a key", async () => {
  const response = await fetch(`${url}/api/stream`);
  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({ error: "unauthorized" });
});
