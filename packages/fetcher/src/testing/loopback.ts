// Test support: loopback HTTP servers and isolated Redis key spaces. Not exported from the package.
import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { createFetcher } from "../createFetcher.ts";
import type { Fetcher, FetcherOptions } from "../types.ts";

export type LoopbackServer = {
  readonly origin: string;
  readonly port: number;
  /** Every request seen: path, headers and arrival time (performance.now()). */
  readonly requests: { path: string; headers: http.IncomingHttpHeaders; at: number }[];
  close(): Promise<void>;
};

export async function startServer(handler: http.RequestListener): Promise<LoopbackServer> {
  const requests: LoopbackServer["requests"] = [];
  const server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? "", headers: req.headers, at: performance.now() });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Redis connection whose keys all start with a fresh prefix, deleted again by `close`. */
export function testRedis(name: string): { redis: Redis; keyPrefix: string; close(): Promise<void> } {
  const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: false });
  const keyPrefix = `pushback:test:fetcher:${name}:${process.pid}:${Date.now()}:`;
  return {
    redis,
    keyPrefix,
    async close() {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}

/** A fetcher for tests: the given loopback server allowed, no politeness delay unless asked. */
export function loopbackFetcher(
  redis: { redis: Redis; keyPrefix: string },
  server: LoopbackServer | null,
  options: Partial<FetcherOptions> = {},
): Fetcher {
  return createFetcher({
    redis: redis.redis,
    keyPrefix: redis.keyPrefix,
    hostDelayMs: 0,
    allowPrivateHosts: server ? [`127.0.0.1:${server.port}`] : [],
    ...options,
  });
}

/** Writes `count` copies of `member` with back-pressure, stopping if the client goes away. */
export async function writeRepeated(res: ServerResponse, member: Buffer, count: number): Promise<void> {
  for (let i = 0; i < count && !res.destroyed; i++) {
    if (res.write(member)) continue;
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done);
        res.off("close", done);
        resolve();
      };
      res.on("drain", done);
      res.on("close", done);
    });
  }
  res.end();
}
