// The real-article speaker labels (eval/real/gold-*): offsets and names only, checked against the
// article bodies of ../shared/corpora when they are present (skipped with a note otherwise).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groundTruthPath, loadRealBodies } from "../eval/real/realCorpus.ts";
import { checkRealGold, loadRealGold } from "../eval/real/realGold.ts";
import { sameSpeaker } from "../eval/scoreQuotes.ts";

const realDir = join(import.meta.dirname, "..", "eval", "real");
const sets = readdirSync(realDir).filter((d) => d.startsWith("gold-"));
// PUSHBACK_CORPORA when set, else ../shared beside the repository.
const besideRepo = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "shared",
  "corpora",
  "article-extraction",
  "ground-truth.json",
);
const bodies = loadRealBodies(process.env.PUSHBACK_CORPORA ? groundTruthPath() : besideRepo);

describe("real-article labels", () => {
  it("are three sets by three annotators, over 800 quotes", () => {
    expect(sets).toEqual(["gold-a", "gold-b", "gold-c"]);
    const quotes = sets.flatMap((s) => loadRealGold(join(realDir, s))).reduce((n, g) => n + g.quotes.length, 0);
    expect(quotes).toBeGreaterThan(800);
  });

  it.each(sets)("%s holds offsets into the corpus bodies, no overlaps, known kinds", (set) => {
    const labelled = loadRealGold(join(realDir, set));
    if (!bodies) {
      console.log(`skipped the body check of ${set}: the article-extraction corpus is absent`);
      for (const g of labelled) expect(checkRealGold(g, "x".repeat(1e6))).toEqual([]);
      return;
    }
    for (const g of labelled) expect(checkRealGold(g, bodies.get(g.article))).toEqual([]);
  });
});

describe("unseen real-article labels (sets d1 onwards, texts kept outside the repo)", () => {
  const unseenDir = join(realDir, "unseen");
  const manifest = JSON.parse(readFileSync(join(unseenDir, "manifest.json"), "utf8")) as Record<
    string,
    Record<string, { bodyChars: number; bodySha256: string }>
  >;
  it.each(Object.keys(manifest))(
    "%s: one label file per page in the manifest, sound within the body's length",
    (set) => {
      const labelled = loadRealGold(join(unseenDir, set));
      expect(labelled.map((g) => g.article).sort()).toEqual(Object.keys(manifest[set]!).sort());
      for (const g of labelled) {
        // Offsets are checked against a body of the recorded length (the body itself is not here).
        expect(checkRealGold(g, "x".repeat(manifest[set]![g.article]!.bodyChars))).toEqual([]);
        for (const q of g.quotes)
          expect(q.aliases ?? []).toEqual((q.aliases ?? []).filter((a) => typeof a === "string"));
      }
    },
  );
});

describe("checkRealGold", () => {
  const body = "He said “yes” and “no” today.";
  it.each([
    ["sound labels", [{ start: 9, end: 12 }], [{ start: 19, end: 21 }], 0],
    ["overlapping spans", [{ start: 9, end: 12 }], [{ start: 10, end: 21 }], 1],
    ["offsets past the end", [{ start: 9, end: 99 }], [], 1],
  ])("%s", (_name, quotes, rejected, problems) => {
    const gold = {
      article: "x",
      quotes: quotes.map((q) => ({ ...q, kind: "full" as const, speaker: "He" })),
      rejected: rejected.map((r) => ({ ...r, why: "term" })),
    };
    expect(checkRealGold(gold, body)).toHaveLength(problems);
  });
});

describe("sameSpeaker", () => {
  it.each([
    ["James P. Kennedy Jr.", "Kennedy", true],
    ["James Van Der Beek", "Van Der Beek", true],
    ["the Ministry", "ministry", true],
    ["Mary Steenburgen", "Jessie Buckley", false],
    ["Liu Xiaming", "Liu", false],
  ])("%s ~ %s", (gold, predicted, same) => {
    expect(sameSpeaker(gold, predicted)).toBe(same);
  });
});
