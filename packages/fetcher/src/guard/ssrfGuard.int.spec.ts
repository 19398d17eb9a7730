import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFailure } from "../testing/fetchFailure.ts";
import { type LoopbackServer, loopbackFetcher, startServer, testRedis } from "../testing/loopback.ts";
import type { FetchErrorCategory } from "../types.ts";
import { addressRange, parseAddress } from "./addressRange.ts";

// None of these tests may open a connection to a non-loopback address: the guard must refuse
// before dialling. Blocked hosts are reached only through the injected resolver or as literals.
const redis = testRedis("guard");
let server: LoopbackServer;
const resolved: string[] = [];

/** Fake DNS: public.test → loopback (allowed by host name), private names → private addresses. */
const dns: Record<string, { address: string; family: number }[]> = {
  "public.test": [{ address: "127.0.0.1", family: 4 }],
  "intranet.test": [{ address: "10.0.0.5", family: 4 }],
  "metadata.test": [{ address: "169.254.169.254", family: 4 }],
  "mixed.test": [
    { address: "127.0.0.1", family: 4 },
    { address: "192.168.1.20", family: 4 },
  ],
  "mapped.test": [{ address: "::ffff:10.1.1.1", family: 6 }],
};
const resolve = async (host: string) => {
  resolved.push(host);
  const found = dns[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return found;
};

beforeAll(async () => {
  server = await startServer((req, res) => {
    const to = new URL(req.url ?? "/", "http://x").searchParams.get("to");
    if (to) {
      res.writeHead(302, { location: to });
      return res.end();
    }
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`hello ${req.headers.host}`);
  });
});

afterAll(async () => {
  await server.close();
  await redis.close();
});

describe("SSRF guard", () => {
  it("connects to the checked address of an allowed host name (and sends its Host)", async () => {
    // The environment's comma list is accepted as is.
    const fetcher = loopbackFetcher(redis, null, { resolve, allowPrivateHosts: "public.test, 10.0.0.0/8" });
    const result = await fetcher.fetch(`http://public.test:${server.port}/`);
    expect(new TextDecoder().decode(result.body)).toBe(`hello public.test:${server.port}`);
    fetcher.close();
  });

  // [case, url (PORT replaced), allow list, expected category, message fragment]
  const cases: [string, string, string[], FetchErrorCategory, string][] = [
    ["loopback literal without allow list", "http://127.0.0.1:PORT/", [], "blocked", "127.0.0.1"],
    ["loopback on a port not in the list", "http://127.0.0.1:PORT/", ["127.0.0.1:1"], "blocked", "127.0.0.1"],
    [
      "redirect to 127.0.0.1 from an allowed host",
      "http://public.test:PORT/?to=http://127.0.0.1:PORT/",
      ["public.test"],
      "blocked",
      "127.0.0.1",
    ],
    [
      "redirect to the metadata address",
      "http://public.test:PORT/?to=http://169.254.169.254/latest/meta-data/",
      ["public.test"],
      "blocked",
      "169.254.169.254",
    ],
    ["cloud metadata literal", "http://169.254.169.254/latest/meta-data/", [], "blocked", "169.254.169.254"],
    ["metadata as IPv4-mapped IPv6", "http://[::ffff:169.254.169.254]/", [], "blocked", "a9fe:a9fe"],
    ["metadata as a decimal integer host", "http://2852039166/", [], "blocked", "169.254.169.254"],
    ["name resolving to 10.0.0.5", "http://intranet.test/feed.xml", [], "blocked", "10.0.0.5"],
    ["name resolving to 169.254.169.254", "http://metadata.test/", [], "blocked", "169.254.169.254"],
    ["name resolving to a mapped private address", "http://mapped.test/", [], "blocked", "::ffff:10.1.1.1"],
    ["one private address among several", "http://mixed.test:PORT/", ["127.0.0.1"], "blocked", "192.168.1.20"],
    ["unspecified address", "http://0.0.0.0:PORT/", [], "blocked", "0.0.0.0"],
    ["IPv6 loopback", "http://[::1]:PORT/", [], "blocked", "::1"],
    ["a file: URL", "file:///etc/passwd", [], "blocked", "file:"],
    ["redirect to a file: URL", "http://public.test:PORT/?to=file:///etc/passwd", ["public.test"], "blocked", "file:"],
    ["unknown host", "http://nowhere.test/", [], "network", "ENOTFOUND"],
  ];

  it.each(cases)("%s", async (_name, template, allowPrivateHosts, category, fragment) => {
    const url = template.replaceAll("PORT", String(server.port));
    const fetcher = loopbackFetcher(redis, null, { resolve, allowPrivateHosts });
    // Safety net for the test itself: a mistyped literal must never send traffic off this machine.
    const literal = parseAddress(new URL(url.replace("file:", "http:")).hostname);
    if (literal) expect(addressRange(literal.toString())).not.toBe("public");
    const before = server.requests.length;
    const error = await fetchFailure(fetcher.fetch(url));
    expect(error.category).toBe(category);
    expect(error.message).toContain(fragment);
    // A redirect case reaches the server once (the allowed first hop), the others never.
    expect(server.requests.length - before).toBe(url.includes("?to=") ? 1 : 0);
    fetcher.close();
  });
});
