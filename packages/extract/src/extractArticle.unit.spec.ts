import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extractArticle.ts";
import type { ExtractedArticle } from "./types.ts";

/** What a fixture page must give; fields left out are not checked. */
interface Expectation {
  url?: string;
  title?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  language?: string | null;
  canonicalUrl?: string | null;
  leadImage?: string | null;
  method?: ExtractedArticle["method"];
  contains?: string[];
  notContains?: string[];
  occursOnce?: string[];
  paragraphs?: number;
}

const FIXTURES = join(import.meta.dirname, "fixtures");
const cases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".html"))
  .map((f) => {
    const name = f.replace(/\.html$/, "");
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8")) as Expectation;
    return { name, html: readFileSync(join(FIXTURES, f), "utf8"), expected };
  });

const METADATA = [
  "title",
  "byline",
  "publishedAt",
  "updatedAt",
  "language",
  "canonicalUrl",
  "leadImage",
  "method",
] as const;

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Invariants every result keeps, whatever the page. */
function expectWellFormed(article: ExtractedArticle): void {
  expect(article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join("\n\n")).toBe(article.text);
  for (const p of article.paragraphs) {
    const paragraph = article.text.slice(p.start, p.end);
    expect(paragraph).toBe(paragraph.trim());
    expect(paragraph).not.toContain("\n\n");
    expect(paragraph.length).toBeGreaterThan(0);
  }
}

describe("extractArticle on fixture pages", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)("$name", ({ html, expected }) => {
    const article = extractArticle(html, expected.url ? { url: expected.url } : {});
    expectWellFormed(article);
    for (const field of METADATA) {
      if (field in expected) expect(article[field], field).toBe(expected[field]);
    }
    expect(article.url).toBe(expected.url ?? null);
    for (const part of expected.contains ?? []) expect(article.text).toContain(part);
    for (const part of expected.notContains ?? []) expect(article.text).not.toContain(part);
    for (const part of expected.occursOnce ?? []) expect(occurrences(article.text, part), part).toBe(1);
    if (expected.paragraphs !== undefined) expect(article.paragraphs).toHaveLength(expected.paragraphs);
  });
});

describe("extractArticle on hostile input", () => {
  const paragraph = "The ministry said the agreement with the platform covers content reporting only, officials said.";

  it("survives 100,000 nested elements", () => {
    const depth = 100_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>${paragraph}</p>${"</div>".repeat(depth)}</body></html>`;
    const article = extractArticle(html);
    expectWellFormed(article);
  });

  it.each([
    ["empty string", ""],
    ["whitespace", "   \n\t "],
    ["only a comment", "<!-- nothing here -->"],
    ["unclosed tags", `<html><body><div><p>${paragraph}<p>${paragraph.toUpperCase()}<div><span>`],
    [
      "broken JSON-LD",
      `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><p>${paragraph}</p>`,
    ],
    ["NUL bytes", `<p>${paragraph.replace(/ /g, "\u0000 ")}</p>`],
  ])("%s", (_, html) => {
    const article = extractArticle(html);
    expectWellFormed(article);
    expect(article.text).not.toContain("\u0000");
  });

  it("never throws on random tag soup", () => {
    // A small seeded generator (mulberry32), so a failure reproduces.
    let seed = 20211125;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pieces = [
      "<div>",
      "</div>",
      "<p>",
      "</p>",
      "<article class='story-body'>",
      "</article>",
      "<a href='#x'>",
      "</a>",
      "<script>",
      "</script>",
      "<table><tr><td>",
      "</td></tr></table>",
      "<br>",
      "<h2>",
      "</h2>",
      "<ul><li>",
      "<!--",
      "-->",
      "<![CDATA[",
      "&amp;",
      "&#x0;",
      "&bogus;",
      "<meta property='article:published_time' content='x'>",
      '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":',
      "\u0000",
      "\ud800",
      paragraph,
      'Quote: "access".',
      "<time datetime='2021-13-45'>",
      "<link rel=canonical href='http://['>",
    ];
    for (let round = 0; round < 200; round++) {
      let html = "";
      const length = 1 + Math.floor(random() * 60);
      for (let i = 0; i < length; i++) html += pieces[Math.floor(random() * pieces.length)];
      const article = extractArticle(html, { url: "https://example.com/a" });
      expectWellFormed(article);
    }
  });

  it("keeps text from unclosed paragraphs as separate paragraphs", () => {
    const article = extractArticle(`<body><div><p>${paragraph}<p>${paragraph.toUpperCase()}</div>`);
    expect(article.text).toBe(`${paragraph}\n\n${paragraph.toUpperCase()}`);
  });

  it("keeps the name of a hover-card link and drops the card", () => {
    const card =
      '<span class="rollover-people"><a href="/people/minister">Dauren Abayev</a><span class="rollover-people-block"><img src="/m.jpg"><a href="/a">Minister defends platform deal | Other headline</a></span></span>';
    const html = `<body><article><p>Information minister ${card} said the text had been agreed with the company's regional office, and that officials kept the drafts.</p><p>${paragraph}</p></article></body>`;
    const article = extractArticle(html);
    expect(article.text).toContain("Information minister Dauren Abayev said the text");
    expect(article.text).not.toContain("Minister defends platform deal");
  });

  it("does not glue adjacent blocks into one word", () => {
    const html = `<body><article><h2>Background</h2><p>${paragraph}</p><p>Second</p><div>${paragraph}</div></article></body>`;
    const article = extractArticle(html);
    expect(article.text).toContain(`Background\n\n${paragraph}`);
    expect(article.text).not.toMatch(/BackgroundThe|said\.Second/);
  });
});
