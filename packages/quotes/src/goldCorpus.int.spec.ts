// Validates the gold corpus (reads eval/corpus and eval/source): offsets match the text, kinds and
// stance labels are valid, and every JSON file is what the builder makes from its source.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../eval/buildCorpus.ts";
import { type GoldArticle, stanceLabels } from "../eval/corpusFormat.ts";

const evalDir = join(import.meta.dirname, "..", "eval");
const files = readdirSync(join(evalDir, "corpus")).filter((f) => f.endsWith(".json"));

describe("gold corpus", () => {
  it("has at least 40 articles, some of them held out", () => {
    const articles = files.map((f) => JSON.parse(readFileSync(join(evalDir, "corpus", f), "utf8")) as GoldArticle);
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(articles.filter((a) => a.split === "heldout").length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)("%s", (file) => {
    const article = JSON.parse(readFileSync(join(evalDir, "corpus", file), "utf8")) as GoldArticle;
    expect(article.id).toBe(file.replace(/\.json$/, ""));
    for (const q of article.quotes) {
      expect(article.text.slice(q.start, q.end)).toBe(q.text);
      expect(["full", "partial", "indirect"]).toContain(q.kind);
      if (q.stance) {
        expect(stanceLabels).toContain(q.stance.label);
        expect(article.claims.map((c) => c.id)).toContain(q.stance.claimId);
      }
    }
    const source = readFileSync(join(evalDir, "source", file.replace(/\.json$/, ".txt")), "utf8");
    expect(buildArticle(article.id, source)).toEqual(article);
  });
});
