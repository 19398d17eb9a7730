import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCli } from "./support/runCli.ts";

interface GoldQuote {
  text: string;
  kind: "full" | "partial" | "indirect";
  speaker: { name: string } | null;
}
interface GoldArticle {
  id: string;
  title: string;
  text: string;
  quotes: GoldQuote[];
}

const corpusDir = new URL("../packages/quotes/eval/corpus/", import.meta.url);
const gold: GoldArticle[] = readdirSync(corpusDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(new URL(name, corpusDir), "utf8")));
const dir = mkdtempSync(join(tmpdir(), "pushback-contract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// Spans differ only in whether a closing comma or full stop inside the marks belongs to the quote.
const norm = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:!?]+$/, "")
    .toLowerCase();

it("every gold quote round-trips through `pushback extract` as a page", async () => {
  // Each gold article becomes a saved page; one CLI run reads them all (one JSON line each).
  const files = gold.map((article) => {
    const paragraphs = article.text
      .split(/\n\n/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join("\n");
    const file = join(dir, `${article.id}.html`);
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head>` +
        `<body><nav><a href="/">Home</a></nav><article><h1>${escapeHtml(article.title)}</h1>${paragraphs}</article></body></html>`,
    );
    return file;
  });
  const result = await runCli(["extract", ...files]);
  expect(result.code).toBe(0);
  const outputs = result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(outputs).toHaveLength(gold.length);

  let direct = 0;
  let found = 0;
  let speakerRight = 0;
  outputs.forEach((output, index) => {
    for (const quote of output.quotes) {
      expect(output.text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(["full", "partial", "indirect"]).toContain(quote.kind);
    }
    for (const expected of gold[index]!.quotes.filter((q) => q.kind !== "indirect")) {
      direct++;
      const match = output.quotes.find((q: any) => norm(q.text) === norm(expected.text));
      if (!match) continue;
      found++;
      const want = expected.speaker?.name.toLowerCase() ?? null;
      const got = match.speaker?.name.toLowerCase() ?? null;
      if (want === got || (want && got && (want.includes(got) || got.includes(want)))) speakerRight++;
    }
  });
  expect(direct).toBeGreaterThan(100);
  // Quotation-marked quotes survive the page round trip word for word, with their speaker.
  expect(found / direct).toBeGreaterThanOrEqual(0.95);
  expect(speakerRight / found).toBeGreaterThanOrEqual(0.9);
});
