import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FeedParseError } from "../errors.ts";
import { parseOpml } from "./parseOpml.ts";
import { toOpml } from "./toOpml.ts";

const subscriptions = readFileSync(new URL("../fixtures/subscriptions.opml", import.meta.url), "utf8");

describe("parseOpml", () => {
  it("flattens nested outlines with the nearest folder as category", async () => {
    const doc = await parseOpml(subscriptions);
    expect(doc.title).toBe("Desk subscriptions");
    expect(doc.outlines).toEqual([
      {
        title: "Steppe Herald",
        xmlUrl: "https://www.steppeherald.example/rss.xml",
        htmlUrl: "https://www.steppeherald.example/",
        category: "Central Asia",
      },
      { title: "Example Wire (RDF)", xmlUrl: "https://wire.example.net/rss10.xml", htmlUrl: null, category: "Wires" },
      {
        title: "Policy Watch & Co",
        xmlUrl: "https://policywatch.example.com/feed.json",
        htmlUrl: null,
        category: null,
      },
    ]);
  });

  it.each([
    ["an RSS feed", `<rss version="2.0"><channel/></rss>`, /root element is <rss>/],
    ["plain text", "hello", /root element is <none>/],
    ["OPML without body", `<opml version="2.0"><head/></opml>`, /no <body>/],
    ["broken XML", `<opml version="2.0"><body><outline xmlUrl="x"></body></opml>`, /cannot parse OPML/],
  ])("rejects %s", async (_name, text, message) => {
    const error = await parseOpml(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedParseError);
    expect((error as Error).message).toMatch(message);
  });
});

describe("toOpml", () => {
  it("round-trips through parseOpml", async () => {
    const original = await parseOpml(subscriptions);
    const again = await parseOpml(toOpml(original.outlines, original.title ?? undefined));
    expect(again).toEqual(original);
  });

  it("escapes markup in titles and URLs", async () => {
    const feeds = [
      { title: `A <b>"quoted"</b> & co`, xmlUrl: "https://x.example/rss?a=1&b=2", htmlUrl: null, category: "Q&A" },
    ];
    const text = toOpml(feeds);
    expect(text).toContain("&amp;b=2");
    expect((await parseOpml(text)).outlines).toEqual(feeds);
  });

  it("writes an empty list that still parses", async () => {
    expect(await parseOpml(toOpml([], "Nothing"))).toEqual({ title: "Nothing", outlines: [] });
  });
});
