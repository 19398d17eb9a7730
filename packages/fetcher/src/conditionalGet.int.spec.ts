import { createHash } from "node:crypto";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackServer, loopbackFetcher, startServer, testRedis } from "./testing/loopback.ts";

const FEED_V1 = `<?xml version="1.0"?><rss version="2.0"><channel><title>Steppe Wire</title>
<item><title>Ministry says it has direct access to platform reporting system</title></item></channel></rss>`;
const FEED_V2 = FEED_V1.replace(
  "</channel>",
  "<item><title>Platform: process is the same as elsewhere</title></item></channel>",
);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

// The server's current body; its ETag never changes (a lying server), but it honours If-None-Match
// only on /honest.
let body = FEED_V1;
const redis = testRedis("conditional");
let server: LoopbackServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/honest" && req.headers["if-none-match"] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      return res.end();
    }
    if (url.pathname === "/encoded") return sendEncoded(url.searchParams.get("as") ?? "", res);
    res.writeHead(200, {
      "content-type": "application/rss+xml; charset=utf-8",
      etag: '"v1"',
      "last-modified": "Fri, 26 Nov 2021 10:00:00 GMT",
    });
    res.end(body);
  });
});

afterAll(async () => {
  await server.close();
  await redis.close();
});

function sendEncoded(as: string, res: import("node:http").ServerResponse) {
  const encoders: Record<string, [string, (b: Buffer) => Buffer]> = {
    gzip: ["gzip", zlib.gzipSync],
    deflate: ["deflate", zlib.deflateSync],
    "raw-deflate": ["deflate", zlib.deflateRawSync],
    br: ["br", zlib.brotliCompressSync],
    identity: ["identity", (b) => b],
  };
  const [encoding, encode] = encoders[as]!;
  res.writeHead(200, { "content-encoding": encoding, "content-type": "application/rss+xml" });
  res.end(encode(Buffer.from(FEED_V2)));
}

describe("conditional GET", () => {
  it("sends the validators and reports a 304 as not modified, keeping them", async () => {
    const fetcher = loopbackFetcher(redis, server);
    const first = await fetcher.fetch(`${server.origin}/honest`);
    expect(first.httpStatus).toBe(200);
    expect(first.notModified).toBe(false);
    expect(first.hash).toBe(sha256(FEED_V1));
    expect(first.etag).toBe('"v1"');
    expect(first.contentType).toBe("application/rss+xml; charset=utf-8");

    const second = await fetcher.fetch(`${server.origin}/honest`, {
      etag: first.etag,
      lastModified: first.lastModified,
      previousHash: first.hash,
    });
    const seen = server.requests.at(-1)!.headers;
    expect(seen["if-none-match"]).toBe('"v1"');
    expect(seen["if-modified-since"]).toBe("Fri, 26 Nov 2021 10:00:00 GMT");
    expect(seen["user-agent"]).toBe("Pushback/0.1 (+https://github.com/pushback/pushback)");
    expect(second).toMatchObject({ httpStatus: 304, notModified: true, etag: '"v1"', hash: first.hash });
    expect(second.lastModified).toBe("Fri, 26 Nov 2021 10:00:00 GMT");
    expect(second.body.byteLength).toBe(0);
    fetcher.close();
  });

  it("catches a changed body behind an unchanged ETag by its hash", async () => {
    const fetcher = loopbackFetcher(redis, server);
    body = FEED_V1;
    const first = await fetcher.fetch(`${server.origin}/liar`);
    body = FEED_V2;
    const second = await fetcher.fetch(`${server.origin}/liar`, { etag: first.etag, previousHash: first.hash });
    expect(second.etag).toBe(first.etag);
    expect(second.notModified).toBe(false);
    expect(second.hash).toBe(sha256(FEED_V2));
    expect(second.hash).not.toBe(first.hash);
    expect(new TextDecoder().decode(second.body)).toBe(FEED_V2);
    fetcher.close();
  });

  it("reports a 200 with the same body as not modified", async () => {
    const fetcher = loopbackFetcher(redis, server);
    body = FEED_V1;
    const first = await fetcher.fetch(`${server.origin}/liar`);
    const again = await fetcher.fetch(`${server.origin}/liar`, { etag: first.etag, previousHash: first.hash });
    expect(again).toMatchObject({ httpStatus: 200, notModified: true, hash: first.hash });
    expect(again.body.byteLength).toBe(FEED_V1.length);
    fetcher.close();
  });
});

describe("content encodings", () => {
  it.each(["gzip", "deflate", "raw-deflate", "br", "identity"])("decodes %s", async (as) => {
    const fetcher = loopbackFetcher(redis, server);
    const result = await fetcher.fetch(`${server.origin}/encoded?as=${as}`);
    expect(new TextDecoder().decode(result.body)).toBe(FEED_V2);
    expect(result.hash).toBe(sha256(FEED_V2));
    expect(server.requests.at(-1)!.headers["accept-encoding"]).toBe("gzip, deflate, br");
    fetcher.close();
  });
});
