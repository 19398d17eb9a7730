import { afterAll, describe, expect, it } from "vitest";
import { FetchError } from "../FetchError.ts";
import { type LoopbackServer, loopbackFetcher, startServer, testRedis } from "../testing/loopback.ts";

const redis = testRedis("robots");
const servers: LoopbackServer[] = [];

/** A site whose /robots.txt answers with `status` and `robots`, and every other path with a page. */
async function site(status: number, robots: string): Promise<LoopbackServer> {
  const server = await startServer((req, res) => {
    if (req.url === "/robots.txt") return res.writeHead(status, { "content-type": "text/plain" }).end(robots);
    res.writeHead(200, { "content-type": "text/html" }).end(`<html><body>${req.url}</body></html>`);
  });
  servers.push(server);
  return server;
}

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await redis.close();
});

/** "ok" or the FetchError category. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "ok",
    (error: unknown) => (error instanceof FetchError ? error.category : `unexpected ${String(error)}`),
  );
}

const robotsFetches = (server: LoopbackServer) => server.requests.filter((r) => r.path === "/robots.txt").length;

describe("robots.txt", () => {
  it("blocks disallowed articles, still fetches feeds, and reads robots.txt once across workers", async () => {
    const news = await site(200, "User-agent: *\nDisallow: /private/\n");
    const worker1 = loopbackFetcher(redis, news);
    const worker2 = loopbackFetcher(redis, news);
    expect(await outcome(worker1.fetch(`${news.origin}/private/memo.html`, { kind: "article" }))).toBe("robots");
    expect(await outcome(worker1.fetch(`${news.origin}/world/kazakhstan.html`, { kind: "article" }))).toBe("ok");
    expect(await outcome(worker2.fetch(`${news.origin}/private/other.html`, { kind: "article" }))).toBe("robots");
    expect(await outcome(worker2.fetch(`${news.origin}/private/feed.xml`, { kind: "feed" }))).toBe("ok");
    expect(await outcome(worker2.fetch(`${news.origin}/private/feed.xml`))).toBe("ok");
    expect(robotsFetches(news)).toBe(1);
    // The blocked article itself was never requested.
    expect(news.requests.map((r) => r.path)).not.toContain("/private/memo.html");
    expect(await redis.redis.pttl(`${redis.keyPrefix}robots:${news.origin}`)).toBeGreaterThan(3_500_000);
    worker1.close();
    worker2.close();
  });

  // [case, robots status, robots.txt, user agent, expected outcome for /politics/story.html]
  const cases: [string, number, string, string | undefined, string][] = [
    [
      "group naming Pushback",
      200,
      "User-agent: pushback\nDisallow: /politics/\n\nUser-agent: *\nAllow: /\n",
      undefined,
      "robots",
    ],
    ["group naming another bot", 200, "User-agent: otherbot\nDisallow: /\n", undefined, "ok"],
    [
      "our group for a renamed agent",
      200,
      "User-agent: pushback\nDisallow: /\n",
      "MonitorBot/2.0 (+https://example.org)",
      "ok",
    ],
    ["Allow overriding a broader Disallow", 200, "User-agent: *\nDisallow: /\nAllow: /politics/\n", undefined, "ok"],
    ["empty robots.txt", 200, "", undefined, "ok"],
    ["robots.txt 404: allow all", 404, "not found", undefined, "ok"],
    ["robots.txt 403: allow all", 403, "forbidden", undefined, "ok"],
    ["robots.txt 500: disallow for now", 500, "oops", undefined, "robots"],
    ["robots.txt 429: disallow for now", 429, "slow down", undefined, "robots"],
  ];

  it.each(cases)("%s", async (_name, status, robots, userAgent, expected) => {
    const server = await site(status, robots);
    const fetcher = loopbackFetcher(redis, server, userAgent ? { userAgent } : {});
    expect(await outcome(fetcher.fetch(`${server.origin}/politics/story.html`, { kind: "article" }))).toBe(expected);
    fetcher.close();
  });

  it("caches a failed robots.txt only briefly", async () => {
    const down = await site(503, "");
    const fetcher = loopbackFetcher(redis, down, { robotsFailureTtlMs: 5_000 });
    expect(await outcome(fetcher.fetch(`${down.origin}/a.html`, { kind: "article" }))).toBe("robots");
    const ttl = await redis.redis.pttl(`${redis.keyPrefix}robots:${down.origin}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
    fetcher.close();
  });
});
