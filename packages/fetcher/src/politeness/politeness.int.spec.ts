import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFailure } from "../testing/fetchFailure.ts";
import { type LoopbackServer, loopbackFetcher, startServer, testRedis } from "../testing/loopback.ts";

const redis = testRedis("politeness");
// A second connection on the same key space stands for another worker process.
const otherWorker = { redis: new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379"), keyPrefix: redis.keyPrefix };
const servers: LoopbackServer[] = [];

async function server(handler: Parameters<typeof startServer>[0]): Promise<LoopbackServer> {
  const started = await startServer(handler);
  servers.push(started);
  return started;
}

let ok: LoopbackServer;
beforeAll(async () => {
  ok = await server((_req, res) => res.end("<rss/>"));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await otherWorker.redis.quit();
  await redis.close();
});

function gaps(server: LoopbackServer): number[] {
  const times = server.requests.map((r) => r.at).sort((a, b) => a - b);
  return times.slice(1).map((t, i) => t - times[i]!);
}

describe("per-host politeness", () => {
  it("spaces requests from two workers to one host by hostDelayMs", async () => {
    const a = loopbackFetcher(redis, ok, { hostDelayMs: 300 });
    const b = loopbackFetcher(otherWorker, ok, { hostDelayMs: 300 });
    const urls = [1, 2, 3].map((n) => `${ok.origin}/feed/${n}.xml`);
    await Promise.all([...urls.map((u) => a.fetch(u)), ...urls.map((u) => b.fetch(u))]);
    expect(ok.requests).toHaveLength(6);
    // Starts are claimed 300 ms apart on the Redis clock; between the claim and the bytes reaching
    // the server lies local send jitter, tens of ms on a loaded 2-core machine. Without spacing the
    // six requests would arrive within a few ms of each other.
    for (const gap of gaps(ok)) expect(gap).toBeGreaterThanOrEqual(200);
    a.close();
    b.close();
  });

  it("widens the spacing after a slow response", async () => {
    const slow = await server((_req, res) => setTimeout(() => res.end("<rss/>"), 150));
    const fetcher = loopbackFetcher(redis, slow, { hostDelayMs: 50, slowResponseFactor: 3 });
    await fetcher.fetch(`${slow.origin}/a`);
    await fetcher.fetch(`${slow.origin}/b`);
    // Spacing becomes max(50, 3 × ~150 ms), less send jitter on a loaded machine.
    expect(gaps(slow)[0]).toBeGreaterThanOrEqual(350);
    fetcher.close();
  });
});

describe("429 and 503", () => {
  it("reports Retry-After seconds and keeps the host's slot free until then", async () => {
    let status = 429;
    const busy = await server((_req, res) => {
      if (status === 200) return res.end("<rss/>");
      res.writeHead(status, { "retry-after": "1" }).end();
    });
    const fetcher = loopbackFetcher(redis, busy, { maxPolitenessWaitMs: 300 });
    const error = await fetchFailure(fetcher.fetch(`${busy.origin}/feed.xml`));
    expect(error).toMatchObject({ category: "http", httpStatus: 429, retryAfterSeconds: 1 });

    // Within the Retry-After window a fetch that may not wait that long fails without a request.
    const deferred = await fetchFailure(fetcher.fetch(`${busy.origin}/feed.xml`));
    expect(deferred).toMatchObject({ category: "http", httpStatus: undefined, retryAfterSeconds: 1 });
    expect(busy.requests).toHaveLength(1);

    // One that may wait is sent once the window has passed.
    status = 200;
    const patient = loopbackFetcher(otherWorker, busy, { maxPolitenessWaitMs: 5000 });
    await patient.fetch(`${busy.origin}/feed.xml`);
    expect(busy.requests).toHaveLength(2);
    expect(gaps(busy)[0]).toBeGreaterThanOrEqual(990);
    fetcher.close();
    patient.close();
  });

  it("reads an HTTP-date Retry-After on 503", async () => {
    const when = new Date(Date.now() + 120_000).toUTCString();
    const down = await server((_req, res) => res.writeHead(503, { "retry-after": when }).end("maintenance"));
    const fetcher = loopbackFetcher(redis, down);
    const error = await fetchFailure(fetcher.fetch(`${down.origin}/`));
    expect(error.category).toBe("http");
    expect(error.httpStatus).toBe(503);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(118);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(121);
    fetcher.close();
  });
});
