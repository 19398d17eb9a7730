import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../decode/decodeBody.ts";
import { FeedParseError } from "../errors.ts";
import { parseFeed } from "./parseFeed.ts";
import type { FeedItem, ParsedFeed } from "./types.ts";

const fixture = (name: string) => decodeBody(readFileSync(new URL(`../fixtures/${name}`, import.meta.url))).text;
const feedUrl = "https://feeds.example.com/feed.xml";

type Expected = Omit<Partial<ParsedFeed>, "items"> & { itemCount: number; items: Record<number, Partial<FeedItem>> };

// Miniflux style: one row per fixture, only the fields that row is about.
const cases: Record<string, Expected> = {
  "rss2-windows-1252.xml": {
    kind: "rss",
    title: "Steppe Herald \u2013 Politics",
    link: "https://www.steppeherald.example/politics/",
    ttlMinutes: 45,
    itemCount: 2,
    items: {
      0: {
        guid: "sh-2021-11-24-0012",
        title: "Ministry claims \u201cdirect access\u201d to platform\u2019s reporting system",
        summary:
          "The information ministry said it had been granted \u201cdirect and exclusive access\u201d to the content reporting system.",
        published: "2021-11-24T03:15:00.000Z",
        author: "Aigerim Sadykova",
      },
      1: { title: "Platform: \u2018the process is the same here as elsewhere\u2019", author: null, updated: null },
    },
  },
  "atom-xml-base.xml": {
    kind: "atom",
    title: "World desk",
    link: "https://news.example.org/world/",
    ttlMinutes: null,
    itemCount: 2,
    items: {
      0: {
        guid: "tag:news.example.org,2021:article-8812",
        link: "https://news.example.org/world/2021/11/26/minister-insists",
        title: 'Minister: text "agreed with regional office"',
        summary: "The minister said the joint statement had been agreed.",
        published: "2021-11-26T01:30:00.000Z",
        updated: "2021-11-26T03:05:00.000Z",
        author: "Daniyar Omarov",
      },
      1: {
        link: "https://news.example.org/asia/takedowns.html",
        summary: "Officials want faster removals.",
        updated: "2021-11-25T12:00:00.000Z",
      },
    },
  },
  "rdf.xml": {
    kind: "rdf",
    title: "Example Wire",
    link: "https://wire.example.net/",
    itemCount: 3,
    items: {
      0: { guid: "https://wire.example.net/story/101", published: "2021-11-23T10:00:00.000Z", author: "Wire staff" },
      2: { title: "Analysts question joint statement", published: null, summary: null },
    },
  },
  "json-feed-1.1.json": {
    kind: "json",
    title: "Platform Policy Watch",
    link: "https://policywatch.example.com/",
    itemCount: 2,
    items: {
      0: {
        guid: "pw-551",
        summary: "Several governments say they have priority channels & more.",
        updated: "2021-11-27T12:30:00.000Z",
        author: "Mira Lind",
      },
      1: { link: "https://policywatch.example.com/2021/11/takedown-statistics", title: null, author: "Policy Watch" },
    },
  },
  "rss2-bad-guids.xml": {
    kind: "rss",
    itemCount: 10,
    items: {
      2: { guid: null, link: "https://digest.example.com/items/3/" },
      3: { guid: "daily-digest" },
      6: { guid: null },
    },
  },
};

describe("parseFeed over fixtures", () => {
  it.each(Object.entries(cases))("%s", async (name, expected) => {
    const feed = await parseFeed(fixture(name), { url: feedUrl });
    const { itemCount, items, ...feedFields } = expected;
    expect(feed).toMatchObject(feedFields);
    expect(feed.items).toHaveLength(itemCount);
    for (const [index, fields] of Object.entries(items)) expect(feed.items[Number(index)]).toMatchObject(fields);
  });
});

describe("parseFeed details", () => {
  it("uses a permalink guid as the link and ignores isPermaLink=false ones", async () => {
    const feed = await parseFeed(
      `<rss version="2.0"><channel><item><guid>https://a.example/1</guid></item><item><guid isPermaLink="false">https://a.example/2</guid></item></channel></rss>`,
    );
    expect(feed.items.map((i) => i.link)).toEqual(["https://a.example/1", null]);
  });

  it("does not take an Atom id for a link", async () => {
    const feed = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>https://a.example/?p=1</id></entry></feed>`,
    );
    expect(feed.items[0]).toMatchObject({ guid: "https://a.example/?p=1", link: null });
  });

  it("resolves relative RSS links against the feed URL", async () => {
    const feed = await parseFeed(`<rss version="2.0"><channel><item><link>/news/1</link></item></channel></rss>`, {
      url: "https://site.example/rss",
    });
    expect(feed.items[0]?.link).toBe("https://site.example/news/1");
  });

  it("reads sy:updatePeriod when there is no ttl", async () => {
    const feed = await parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns="http://purl.org/rss/1.0/"><channel><title>x</title><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel></rdf:RDF>`,
    );
    expect(feed.ttlMinutes).toBe(15);
  });

  it("reads Atom 0.3 issued/modified dates", async () => {
    const feed = await parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>a</id><issued>2021-11-24T10:00:00Z</issued><modified>2021-11-25T10:00:00Z</modified></entry></feed>`,
    );
    expect(feed.items[0]).toMatchObject({ published: "2021-11-24T10:00:00.000Z", updated: "2021-11-25T10:00:00.000Z" });
  });

  it("keeps the feed when one Atom date is garbage", async () => {
    const feed = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><published>yesterday-ish</published></entry><entry><id>b</id><published>2021-11-25T10:00:00Z</published></entry></feed>`,
    );
    expect(feed.items.map((i) => i.published)).toEqual([null, "2021-11-25T10:00:00.000Z"]);
  });
});

describe("parseFeed failures are FeedParseErrors", () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
  const deep = 100_000;
  const cases: [string, string, RegExp][] = [
    ["malformed XML", fixture("malformed.xml"), /cannot parse rss feed/],
    ["billion laughs", billionLaughs, /cannot parse rss feed/],
    [
      "deep nesting",
      `<rss version="2.0"><channel><item><description>${"<b>".repeat(deep)}x${"</b>".repeat(deep)}</description></item></channel></rss>`,
      /nested deeper/,
    ],
    ["empty", "  \n", /empty/],
    ["HTML page", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", /root element <html>/],
    ["plain text", "just some text", /no XML root/],
    ["JSON that is not a JSON Feed", `{"hello": "world"}`, /not a JSON Feed/],
    ["broken JSON", `{"version": "https://jsonfeed.org/version/1"`, /invalid JSON/],
  ];
  it.each(cases)("%s", async (_name, input, message) => {
    const error = await parseFeed(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedParseError);
    expect((error as Error).message).toMatch(message);
  });

  it("refuses input over the size cap", async () => {
    await expect(parseFeed(`<rss version="2.0">${" ".repeat(200)}</rss>`, { maxChars: 100 })).rejects.toThrow(
      /over the 100 limit/,
    );
  });

  it("stays linear on thousands of unclosed '<' in a description", async () => {
    const started = performance.now();
    const feed = await parseFeed(
      `<rss version="2.0"><channel><item><description>x${"&lt;p".repeat(200_000)}</description></item></channel></rss>`,
    );
    expect(feed.items).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("parseFeed under mutation", () => {
  // Deterministic PRNG (mulberry32) so a failure reproduces.
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pieces = [
    "<",
    ">",
    "</item>",
    "<item>",
    "&",
    "&amp;",
    "]]>",
    "<![CDATA[",
    '"',
    "\u0000",
    "<!--",
    "&#x0;",
    "{",
    "}",
  ];

  it.each(Object.keys(cases))("%s: truncated or corrupted copies parse or throw FeedParseError", async (name) => {
    const source = fixture(name);
    const next = random(name.length * 7919);
    for (let round = 0; round < 150; round++) {
      let text = source;
      const edits = 1 + Math.floor(next() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * text.length);
        const choice = next();
        if (choice < 0.25) text = text.slice(0, at);
        else if (choice < 0.5) text = text.slice(0, at) + text.slice(at + Math.floor(next() * 40));
        else text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at);
      }
      const outcome = await parseFeed(text, { url: feedUrl }).catch((e: unknown) => e);
      if (outcome instanceof Error) expect(outcome, `round ${round}`).toBeInstanceOf(FeedParseError);
      else expect(Array.isArray((outcome as ParsedFeed).items)).toBe(true);
    }
  });
});
