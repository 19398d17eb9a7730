import { describe, expect, it } from "vitest";
import { resolveLink } from "./resolveLink.ts";

describe("resolveLink", () => {
  it.each([
    ["story.html", ["https://a.example/feed.xml"], "https://a.example/story.html"],
    [
      "story.html",
      ["https://a.example/feed.xml", "https://b.example/news/", "2021/"],
      "https://b.example/news/2021/story.html",
    ],
    ["/x", ["https://a.example/feed.xml", null, undefined], "https://a.example/x"],
    ["https://c.example/y", ["https://a.example/"], "https://c.example/y"],
    ["relative/only", [], "relative/only"],
    [null, ["https://a.example/"], null],
  ] as [string | null, (string | null | undefined)[], string | null][])("%j against %j", (href, bases, expected) => {
    expect(resolveLink(href, bases)).toBe(expected);
  });
});
