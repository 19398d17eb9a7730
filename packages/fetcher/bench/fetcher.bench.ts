// Loopback benchmark of the fetcher's own cost: latency of plain and gzip fetches, and how fast
// and how lean a 1 GiB gzip bomb is cut off at the default 15 MiB cap. Needs Redis (REDIS_URL).
// Run: npm run bench:fetcher
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import { FetchError } from "../src/FetchError.ts";
import { loopbackFetcher, startServer, testRedis, writeRepeated } from "../src/testing/loopback.ts";

const MiB = 1024 * 1024;
const page = Buffer.from(
  Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i}: the ministry said the statement was agreed.</p>`).join(""),
);
const gzPage = zlib.gzipSync(page);
const bombMember = zlib.gzipSync(Buffer.alloc(16 * MiB), { level: 9 });

const server = await startServer(async (req, res) => {
  if (req.url === "/plain") return res.end(page);
  if (req.url === "/gzip") return res.writeHead(200, { "content-encoding": "gzip" }).end(gzPage);
  res.writeHead(200, { "content-encoding": "gzip" });
  await writeRepeated(res, bombMember, 64);
});
const redis = testRedis("bench");
const fetcher = loopbackFetcher(redis, server);

try {
  for (const path of ["/plain", "/gzip"]) {
    const n = 300;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      const result = await fetcher.fetch(`${server.origin}${path}`);
      times.push(performance.now() - started);
      if (result.hash !== createHash("sha256").update(page).digest("hex")) throw new Error("wrong body");
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.floor(q * (n - 1))]!.toFixed(2);
    console.log(`${path}: ${n} sequential fetches of ${page.length} B, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`);
  }
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = await fetcher.fetch(`${server.origin}/bomb`).then(
    () => "fetched?!",
    (e: unknown) => (e instanceof FetchError ? e.message : String(e)),
  );
  console.log(
    `gzip bomb (1 GiB of zeros, ${(bombMember.length * 64) / 1024} KiB on the wire), 15 MiB cap: ${outcome} after ` +
      `${(performance.now() - started).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rssBefore) / MiB).toFixed(1)} MiB`,
  );
} finally {
  fetcher.close();
  await server.close();
  await redis.close();
}
