import { feedIdFor } from "@pushback/ingestion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pollFeed } from "./pollFeed.ts";
import { startWorkerHarness, type WorkerHarness } from "./testSupport/workerHarness.ts";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness("pollfeed");
});
afterAll(() => h.close());

const feedJob = (path: string) => {
  const url = `${h.server.url}${path}`;
  return { feedId: feedIdFor(url), url, outlet: "Wire" };
};

async function eventsOf(feedId: string) {
  return h.store.readStream(`feed-${feedId}`);
}

describe("pollFeed", () => {
  it("records items once, and a 304 round trip adds no events", async () => {
    h.server.route("/wire.xml", {
      headers: { "content-type": "application/rss+xml", etag: '"v1"' },
      body: h.fixture("wire-feed.xml"),
    });
    const job = feedJob("/wire.xml");
    expect(await pollFeed(h.context, job, "j1")).toBe("new-content");
    const first = await eventsOf(job.feedId);
    expect(first.map((e) => e.type)).toEqual(["FeedPolled", "FeedItemDiscovered", "FeedItemDiscovered"]);
    const discovered = first[1]!;
    expect(discovered.data).toMatchObject({
      guid: "wire-2021-11-17-001",
      title: "Kazakhstan says it won special access to platform's reporting system",
      published: "2021-11-17T09:30:00.000Z",
      outlet: "Wire",
    });

    expect(await pollFeed(h.context, job, "j2")).toBe("not-modified");
    expect(h.server.requests.at(-1)).toMatchObject({ path: "/wire.xml", ifNoneMatch: '"v1"' });
    expect(await eventsOf(job.feedId)).toHaveLength(3);
  });

  it("catches a changed body behind an unchanged ETag by its hash; the same GUID stays one discovery", async () => {
    const job = feedJob("/liar.xml");
    const body = h.fixture("wire-feed.xml");
    // This server ignores If-None-Match and always answers 200 with the same ETag.
    h.server.route("/liar.xml", (_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml", etag: '"same"' }).end(liarBody);
    });
    let liarBody = body;
    await pollFeed(h.context, job, "l1");
    expect(await pollFeed(h.context, job, "l2")).toBe("not-modified"); // same bytes: nothing new
    liarBody = body.replace(
      "<item>",
      `<item><title>Platform says process is the same in every country</title><link>${h.server.url}/articles/denial</link><guid>wire-2021-11-17-003</guid><pubDate>Wed, 17 Nov 2021 14:00:00 GMT</pubDate></item><item>`,
    );
    expect(await pollFeed(h.context, job, "l3")).toBe("new-content");
    const events = await eventsOf(job.feedId);
    const guids = events.filter((e) => e.type === "FeedItemDiscovered").map((e) => (e.data as any).guid);
    expect(guids.sort()).toEqual(["wire-2021-11-17-001", "wire-2021-11-17-002", "wire-2021-11-17-003"]);
    expect(events.filter((e) => e.type === "FeedPolled")).toHaveLength(2);
  });

  it("records an edited item as FeedItemChanged", async () => {
    const job = feedJob("/edited.xml");
    const body = h.fixture("wire-feed.xml");
    h.server.route("/edited.xml", { headers: { "content-type": "application/rss+xml" }, body });
    await pollFeed(h.context, job, "e1");
    h.server.route("/edited.xml", {
      headers: { "content-type": "application/rss+xml" },
      body: body.replace(
        "grants it a direct channel.",
        "grants it a direct channel. The platform said the process is the same for all countries.",
      ),
    });
    await pollFeed(h.context, job, "e2");
    const changed = (await eventsOf(job.feedId)).filter((e) => e.type === "FeedItemChanged");
    expect(changed).toHaveLength(1);
    expect(changed[0]!.data).toMatchObject({ itemKey: expect.stringContaining("wire-2021-11-17-001") });
  });

  it("records malformed XML as FeedFetchFailed(parse) and goes on with the next feed", async () => {
    h.server.route("/broken.xml", {
      headers: { "content-type": "application/rss+xml" },
      body: "<rss><channel><title>Broken</title><item><title>Unclosed",
    });
    const job = feedJob("/broken.xml");
    expect(await pollFeed(h.context, job, "b1")).toBe("failed");
    const [failed] = await eventsOf(job.feedId);
    expect(failed).toMatchObject({ type: "FeedFetchFailed", data: { category: "parse", consecutiveErrors: 1 } });
    expect((failed!.data as any).retryInSeconds).toBeGreaterThanOrEqual(60);

    h.server.route("/fine.xml", {
      headers: { "content-type": "application/rss+xml" },
      body: h.fixture("wire-feed.xml"),
    });
    expect(await pollFeed(h.context, feedJob("/fine.xml"), "f1")).toBe("new-content");
  });

  it("records a redirect to a private address as blocked", async () => {
    h.server.route("/moved.xml", { status: 301, headers: { location: "http://127.0.0.2:9/feed.xml" } });
    const job = feedJob("/moved.xml");
    expect(await pollFeed(h.context, job, "m1")).toBe("failed");
    const [failed] = await eventsOf(job.feedId);
    expect(failed).toMatchObject({ type: "FeedFetchFailed", data: { category: "blocked" } });
  });

  it("decodes a windows-1252 feed with curly quotes", async () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Desk</title>
      <item><title>Minister: \u201Cwe agreed it with the regional office\u201D \u2013 caf\u00e9 talks</title>
      <link>${h.server.url}/articles/minister</link><guid>desk-1</guid></item></channel></rss>`;
    const bytes = Buffer.from(
      xml
        .replace(/\u201C/g, "\x93")
        .replace(/\u201D/g, "\x94")
        .replace(/\u2013/g, "\x96"),
      "latin1",
    );
    h.server.route("/1252.xml", { headers: { "content-type": "text/xml" }, body: bytes });
    const job = feedJob("/1252.xml");
    await pollFeed(h.context, job, "w1");
    const item = (await eventsOf(job.feedId)).find((e) => e.type === "FeedItemDiscovered");
    expect((item!.data as any).title).toBe(
      "Minister: \u201Cwe agreed it with the regional office\u201D \u2013 caf\u00e9 talks",
    );
  });
});
