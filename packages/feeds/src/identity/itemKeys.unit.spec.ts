import { describe, expect, it } from "vitest";
import type { FeedItem } from "../parse/types.ts";
import { itemFingerprint } from "./itemFingerprint.ts";
import { guidsTrustworthy, itemKeys } from "./itemKeys.ts";

const feedUrl = "https://feeds.example.com/politics.xml";
const item = (n: number, guid: string | null, link: string | null = `https://example.com/story/${n}`): FeedItem => ({
  guid,
  link,
  title: `Story ${n}`,
  summary: `Summary ${n}`,
  content: null,
  published: null,
  updated: null,
  author: null,
});
const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe("itemKeys", () => {
  it("uses GUIDs scoped to the feed when they are clean", () => {
    const keys = itemKeys(feedUrl, [item(1, "a"), item(2, "b")]);
    expect(keys).toEqual(["guid:v1:feeds.example.com/politics.xml a", "guid:v1:feeds.example.com/politics.xml b"]);
  });

  it("tolerates up to 5% bad GUIDs (1 empty in 20)", () => {
    const items = range(20).map((n) => item(n, n === 7 ? null : `g${n}`));
    const keys = itemKeys(feedUrl, items);
    expect(keys[0]).toMatch(/^guid:/);
    expect(keys[6]).toBe("url:v1:example.com/story/7");
  });

  it("falls back to URL keys for the whole fetch when over 5% are empty or repeated", () => {
    const items = range(20).map((n) => item(n, n <= 2 ? "same" : `g${n}`));
    expect(guidsTrustworthy(items)).toBe(false);
    expect(itemKeys(feedUrl, items).every((k) => k.startsWith("url:"))).toBe(true);
  });

  it("hashes title and content when there is neither GUID nor link, differently per feed", () => {
    const [a] = itemKeys(feedUrl, [item(1, null, null)]);
    const [b] = itemKeys("https://other.example/feed", [item(1, null, null)]);
    const [c] = itemKeys(feedUrl, [{ ...item(1, null, null), title: "Story 1 (updated)" }]);
    expect(a).toMatch(/^hash:[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(a).not.toBe(c);
    expect(itemKeys(feedUrl, [item(1, null, null)])[0]).toBe(a);
  });
});

describe("itemFingerprint", () => {
  const base = item(1, "a");
  it("is stable for the same item", () => {
    expect(itemFingerprint({ ...base })).toBe(itemFingerprint(base));
  });
  it.each([
    ["title", { title: "Story 1: minister denies" }],
    ["summary", { summary: "Summary 1, corrected" }],
    ["content", { content: "<p>Added denial</p>" }],
    ["updated", { updated: "2021-11-26T10:00:00.000Z" }],
  ])("changes when the %s changes", (_field, change) => {
    expect(itemFingerprint({ ...base, ...change })).not.toBe(itemFingerprint(base));
  });
  it("ignores the link and guid", () => {
    const moved: FeedItem = { ...base, link: "https://x.example/", guid: "z" };
    expect(itemFingerprint(moved)).toBe(itemFingerprint(base));
  });
});
