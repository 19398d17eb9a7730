import { describe, expect, it } from "vitest";
import { displayUrl } from "./displayUrl.ts";
import { urlKey } from "./urlKey.ts";

// [input, expected key]
const keyCases: [string, string | null][] = [
  ["https://www.Example.COM/News/Story-1", "v1:example.com/News/Story-1"],
  ["http://example.com:80/a", "v1:example.com/a"],
  ["https://example.com:443/a", "v1:example.com/a"],
  ["https://example.com:8443/a", "v1:example.com:8443/a"],
  ["https://example.com/a#comments", "v1:example.com/a"],
  ["https://example.com/a/", "v1:example.com/a"],
  ["https://example.com/", "v1:example.com"],
  ["https://example.com/a?utm_source=rss&utm_medium=feed&id=7", "v1:example.com/a?id=7"],
  ["https://example.com/a?fbclid=x&gclid=y&mc_cid=1&mc_eid=2&ocid=3&cmpid=4&ref=home", "v1:example.com/a"],
  ["https://example.com/a?b=2&a=1", "v1:example.com/a?a=1&b=2"],
  ["https://example.com/a?UTM_Campaign=x", "v1:example.com/a"],
  [
    "https://www-example-com.cdn.ampproject.org/c/s/www.example-com.example/news/a?x=1",
    "v1:example-com.example/news/a?x=1",
  ],
  ["https://www.google.com/amp/s/www.example.com/news/a/amp/", "v1:example.com/news/a"],
  ["https://example.com/news/a/amp", "v1:example.com/news/a"],
  ["https://example.com/amp/news/a", "v1:example.com/news/a"],
  ["https://example.com/news/a.amp.html", "v1:example.com/news/a.html"],
  ["https://example.com/news/a?amp=1", "v1:example.com/news/a"],
  ["https://example.com/news/a?outputType=amp", "v1:example.com/news/a"],
  ["  https://example.com/a  ", "v1:example.com/a"],
  ["https://example.com/%d0%bd%d0%b0", "v1:example.com/%D0%BD%D0%B0"],
  ["https://example.com/\u043d\u0430", "v1:example.com/%D0%BD%D0%B0"],
  ["//example.com/a", "v1:example.com/a"],
  ["mailto:desk@example.com", null],
  ["not a url", null],
  ["", null],
];

describe("urlKey", () => {
  it.each(keyCases)("%s", (input, expected) => {
    expect(urlKey(input)).toBe(expected);
  });

  it("gives http and https, www and bare the same key", () => {
    expect(urlKey("http://www.example.com/a")).toBe(urlKey("https://example.com/a/"));
  });
});

const displayCases: [string, string][] = [
  ["https://Example.com:443/a?utm_source=x&id=2&fbclid=y#top", "https://example.com/a?id=2"],
  ["https://www.example.com/a/?b=2&a=1", "https://www.example.com/a/?b=2&a=1"],
  ["https://example.com/amp/news/a", "https://example.com/amp/news/a"],
  ["javascript:alert(1)", "javascript:alert(1)"],
];

describe("displayUrl", () => {
  it.each(displayCases)("%s", (input, expected) => {
    expect(displayUrl(input)).toBe(expected);
  });
});
