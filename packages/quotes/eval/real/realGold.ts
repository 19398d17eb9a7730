// Real-article speaker gold: one JSON file per article of the Zyte benchmark, holding offsets into
// its body and speaker names only (the text stays in ../shared/corpora).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface RealGoldQuote {
  start: number;
  end: number;
  kind: "full" | "partial";
  /** Canonical speaker as the article gives it; null when the text names no one. */
  speaker: string | null;
  /** Other names the article uses for the same speaker ("Facebook" for "Meta"), also accepted. */
  aliases?: string[];
}

export interface RealGoldArticle {
  article: string;
  quotes: RealGoldQuote[];
  /** Marked spans that are not quotes (titles, scare quotes, terms, nicknames). */
  rejected: { start: number; end: number; why: string }[];
}

export function loadRealGold(dir: string): RealGoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as RealGoldArticle);
}

/** Problems of one label file against its body; empty when it is sound. */
export function checkRealGold(gold: RealGoldArticle, body: string | undefined): string[] {
  if (body === undefined) return [`${gold.article}: no such article in the corpus`];
  const out: string[] = [];
  const spans = [...gold.quotes, ...gold.rejected].sort((a, b) => a.start - b.start);
  for (const [i, s] of spans.entries()) {
    if (
      !(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= body.length)
    )
      out.push(`${gold.article}: bad offsets ${s.start}-${s.end}`);
    const prev = spans[i - 1];
    if (prev && prev.end > s.start)
      out.push(`${gold.article}: spans overlap at ${prev.start}-${prev.end} and ${s.start}-${s.end}`);
  }
  for (const q of gold.quotes) {
    if (q.kind !== "full" && q.kind !== "partial") out.push(`${gold.article}: kind ${q.kind} at ${q.start}`);
    if (q.speaker !== null && typeof q.speaker !== "string") out.push(`${gold.article}: speaker at ${q.start}`);
  }
  return out;
}
