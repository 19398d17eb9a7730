import { readFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFailure } from "../testing/fetchFailure.ts";
import { loopbackFetcher, testRedis } from "../testing/loopback.ts";

// A self-signed test certificate for localhost, feeds.pushback.test and 127.0.0.1 (fixtures/).
const fixture = (name: string) => readFileSync(new URL(`../testing/fixtures/${name}`, import.meta.url), "utf8");
const cert = fixture("loopback-cert.pem");
const key = fixture("loopback-key.pem");

const redis = testRedis("https");
let server: https.Server;
let port: number;
const sniNames: (string | undefined)[] = [];

beforeAll(async () => {
  server = https.createServer({ cert, key }, (req, res) => {
    sniNames.push((req.socket as import("node:tls").TLSSocket).servername || undefined);
    res.writeHead(200, { "content-type": "application/atom+xml" }).end("<feed/>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await redis.close();
});

const resolve = async (host: string) => {
  if (host !== "feeds.pushback.test") throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return [{ address: "127.0.0.1", family: 4 }];
};

describe("HTTPS", () => {
  it("fetches through the guarded lookup with SNI and a trusted extra CA", async () => {
    const fetcher = loopbackFetcher(redis, null, {
      resolve,
      allowPrivateHosts: ["feeds.pushback.test"],
      extraCaCertificates: [cert],
    });
    const result = await fetcher.fetch(`https://feeds.pushback.test:${port}/atom.xml`);
    expect(new TextDecoder().decode(result.body)).toBe("<feed/>");
    expect(sniNames.at(-1)).toBe("feeds.pushback.test");
    fetcher.close();
  });

  it("refuses a certificate it does not trust", async () => {
    const fetcher = loopbackFetcher(redis, null, { resolve, allowPrivateHosts: ["feeds.pushback.test"] });
    const error = await fetchFailure(fetcher.fetch(`https://feeds.pushback.test:${port}/atom.xml`));
    expect(error.category).toBe("network");
    expect(error.message).toMatch(/self[- ]signed/i);
    fetcher.close();
  });

  it("still guards the address behind an HTTPS name", async () => {
    const fetcher = loopbackFetcher(redis, null, { resolve, extraCaCertificates: [cert] });
    const error = await fetchFailure(fetcher.fetch(`https://feeds.pushback.test:${port}/atom.xml`));
    expect(error.category).toBe("blocked");
    fetcher.close();
  });
});
