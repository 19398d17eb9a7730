import type { ServerResponse } from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFailure } from "../testing/fetchFailure.ts";
import { type LoopbackServer, loopbackFetcher, startServer, testRedis, writeRepeated } from "../testing/loopback.ts";

const MiB = 1024 * 1024;
const redis = testRedis("limits");
let server: LoopbackServer;
let bombMember: Buffer;
const drips = new Set<NodeJS.Timeout>();

/** One gzip member holding 16 MiB of zeros, made with streaming zlib (about 16 KiB). */
async function gzipZeros(bytes: number): Promise<Buffer> {
  const gzip = zlib.createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => gzip.on("end", resolve));
  const block = Buffer.alloc(MiB);
  for (let written = 0; written < bytes; written += block.length) {
    if (!gzip.write(block)) await new Promise((resolve) => gzip.once("drain", resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(out);
}

/** 64 concatenated members: a valid gzip stream of 1 GiB of zeros, about 1 MiB on the wire. */
async function sendBomb(res: ServerResponse) {
  res.writeHead(200, { "content-encoding": "gzip", "content-type": "text/html" });
  await writeRepeated(res, bombMember, 64);
}

beforeAll(async () => {
  bombMember = await gzipZeros(16 * MiB);
  server = await startServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (path === "/bomb") return void sendBomb(res);
    if (path === "/drip") {
      res.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => res.write("."), 50);
      drips.add(timer);
      res.on("close", () => clearInterval(timer));
      return;
    }
    if (path === "/big-declared") {
      res.writeHead(200, { "content-length": String(2 * MiB) });
      return res.end(Buffer.alloc(2 * MiB));
    }
    if (path === "/big-chunked") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(Buffer.alloc(2 * MiB, 0x61));
    }
    if (path === "/loop-a") return redirect(res, "/loop-b");
    if (path === "/loop-b") return redirect(res, "/loop-a");
    if (hop) return Number(hop[1]) > 0 ? redirect(res, `/hop/${Number(hop[1]) - 1}`) : res.end("arrived");
    if (path === "/missing") return res.writeHead(404).end("no such story");
    if (path === "/broken") return res.writeHead(500).end("oops");
    if (path === "/no-location") return res.writeHead(302).end();
    res.writeHead(404).end();
  });
});

afterAll(async () => {
  for (const timer of drips) clearInterval(timer);
  await server.close();
  await redis.close();
});

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location });
  res.end();
}

describe("body cap", () => {
  it("cuts a gzip bomb off at the cap, quickly and without inflating it in memory", async () => {
    const fetcher = loopbackFetcher(redis, server, { maxBodyBytes: MiB });
    const memoryBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await fetchFailure(fetcher.fetch(`${server.origin}/bomb`, { kind: "feed" }));
    const tookMs = performance.now() - started;
    expect(error.category).toBe("too_large");
    expect(error.message).toContain(`decoded body exceeds the cap of ${MiB} bytes`);
    expect(tookMs).toBeLessThan(2000);
    // Inflating the whole GiB would add about 1 GiB; the cap keeps the growth to a few MiB.
    expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(128 * MiB);
    fetcher.close();
  });

  it.each(["/big-declared", "/big-chunked"])("refuses %s over the cap", async (path) => {
    const fetcher = loopbackFetcher(redis, server, { maxBodyBytes: MiB });
    expect((await fetchFailure(fetcher.fetch(`${server.origin}${path}`))).category).toBe("too_large");
    fetcher.close();
  });

  it("accepts a body under the cap", async () => {
    const fetcher = loopbackFetcher(redis, server, { maxBodyBytes: 3 * MiB });
    expect((await fetcher.fetch(`${server.origin}/big-chunked`)).body.byteLength).toBe(2 * MiB);
    fetcher.close();
  });
});

describe("timeouts", () => {
  it("times out a response that drips forever", async () => {
    // No adaptive spacing: the 400 ms "response time" would slow the later tests down.
    const fetcher = loopbackFetcher(redis, server, { totalTimeoutMs: 400, slowResponseFactor: 0 });
    const started = performance.now();
    const error = await fetchFailure(fetcher.fetch(`${server.origin}/drip`));
    expect(error.category).toBe("timeout");
    expect(error.message).toContain("400 ms");
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(performance.now() - started).toBeLessThan(1500);
    fetcher.close();
  });
});

describe("connect timeout", () => {
  it("counts name resolution and connecting against connectTimeoutMs", async () => {
    // A resolver that never answers keeps the socket connecting; no address is ever dialled.
    const fetcher = loopbackFetcher(redis, null, {
      connectTimeoutMs: 200,
      totalTimeoutMs: 5000,
      resolve: () => new Promise(() => {}),
    });
    const started = performance.now();
    const error = await fetchFailure(fetcher.fetch("http://hang.test/feed.xml"));
    expect(error.category).toBe("timeout");
    expect(error.message).toContain("connect took longer than 200 ms");
    expect(performance.now() - started).toBeLessThan(1000);
    fetcher.close();
  });
});

describe("keep-alive", () => {
  it("retries once when a reused socket turns out to be closed", async () => {
    const requestsPerSocket = new WeakMap<object, number>();
    const flaky = await startServer((req, res) => {
      const seen = (requestsPerSocket.get(req.socket) ?? 0) + 1;
      requestsPerSocket.set(req.socket, seen);
      if (seen > 1) return void req.socket.destroy(); // as if the server had timed the socket out
      res.end("fresh");
    });
    const fetcher = loopbackFetcher(redis, flaky);
    await fetcher.fetch(`${flaky.origin}/one`);
    const second = await fetcher.fetch(`${flaky.origin}/two`);
    expect(new TextDecoder().decode(second.body)).toBe("fresh");
    expect(flaky.requests.map((r) => r.path)).toEqual(["/one", "/two", "/two"]);
    fetcher.close();
    await flaky.close();
  });
});

describe("redirects", () => {
  it("follows up to the limit and reports every hop", async () => {
    const fetcher = loopbackFetcher(redis, server, { maxRedirects: 3 });
    const result = await fetcher.fetch(`${server.origin}/hop/3`);
    expect(new TextDecoder().decode(result.body)).toBe("arrived");
    expect(result.url).toBe(`${server.origin}/hop/3`);
    expect(result.finalUrl).toBe(`${server.origin}/hop/0`);
    expect(result.redirects).toEqual([`${server.origin}/hop/2`, `${server.origin}/hop/1`, `${server.origin}/hop/0`]);
    fetcher.close();
  });

  it("fails past the limit", async () => {
    const fetcher = loopbackFetcher(redis, server, { maxRedirects: 3 });
    const error = await fetchFailure(fetcher.fetch(`${server.origin}/hop/4`));
    expect(error.category).toBe("redirects");
    expect(error.message).toContain("more than 3 redirects");
    fetcher.close();
  });

  it("stops a redirect loop", async () => {
    const fetcher = loopbackFetcher(redis, server);
    const before = server.requests.length;
    const error = await fetchFailure(fetcher.fetch(`${server.origin}/loop-a`));
    expect(error.category).toBe("redirects");
    expect(error.message).toContain("loop");
    expect(server.requests.length - before).toBe(2);
    fetcher.close();
  });
});

describe("HTTP errors", () => {
  // [path, status]
  const cases: [string, number][] = [
    ["/missing", 404],
    ["/broken", 500],
    ["/no-location", 302],
  ];
  it.each(cases)("%s → http %i", async (path, status) => {
    const fetcher = loopbackFetcher(redis, server);
    const error = await fetchFailure(fetcher.fetch(`${server.origin}${path}`));
    expect(error).toMatchObject({ category: "http", httpStatus: status, retryAfterSeconds: undefined });
    fetcher.close();
  });
});
