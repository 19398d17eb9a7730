// Scoring of predicted quotes against gold: a prediction matches a gold quote of the same article
// when their token overlap reaches a threshold (overlap / gold tokens, and overlap / predicted tokens
// for precision), one-to-one, best overlap first.
import type { Quote } from "../src/types.ts";
import type { GoldArticle, GoldQuote } from "./corpusFormat.ts";

export interface Match {
  gold: GoldQuote;
  predicted: Quote;
  overlap: number;
}

function tokenSpans(text: string, start: number, end: number): Set<number> {
  // Token identity = the start offset of each word in the article.
  const out = new Set<number>();
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(start + (m.index ?? 0));
  return out;
}

/** Overlap of two spans in tokens, relative to the larger of the two (strict both ways). */
interface Span {
  start: number;
  end: number;
}

export function overlapRatio(text: string, a: Span, b: Span): number {
  const ta = tokenSpans(text, a.start, a.end);
  const tb = tokenSpans(text, b.start, b.end);
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.max(ta.size, tb.size);
}

export function matchQuotes(article: GoldArticle, predicted: Quote[], threshold: number): Match[] {
  return matchSpans(article.text, article.quotes, predicted, threshold);
}

/** One-to-one matching of gold and predicted spans of a text, best overlap first. */
export function matchSpans<G extends Span, P extends Span>(
  text: string,
  gold: G[],
  predicted: P[],
  threshold: number,
): { gold: G; predicted: P; overlap: number }[] {
  const pairs: { gold: G; predicted: P; overlap: number }[] = [];
  for (const g of gold)
    for (const p of predicted) {
      const overlap = overlapRatio(text, g, p);
      if (overlap >= threshold) pairs.push({ gold: g, predicted: p, overlap });
    }
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedGold = new Set<G>();
  const usedPred = new Set<P>();
  return pairs.filter((m) => {
    if (usedGold.has(m.gold) || usedPred.has(m.predicted)) return false;
    usedGold.add(m.gold);
    usedPred.add(m.predicted);
    return true;
  });
}

const determiner = /^(?:the|a|an)\s+/;
const honorific = /^(?:sir|dame|dr|mr|mrs|ms|prof)\.?\s+/;
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(determiner, "")
    .replace(honorific, "")
    .replace(/['’]s\b/g, "")
    .replace(/[,.]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ (?:jr|sr|ii|iii|iv)$/, ""); // "James P. Kennedy Jr." is "Kennedy" too

/** Speaker names agree: equal (case-insensitive, without a leading article) or surname only. */
export function sameSpeaker(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  if (!gold || !predicted) return !gold && !predicted;
  const g = norm(gold);
  const p = norm(predicted);
  if (g === p) return true;
  const gs = g.split(" ");
  const ps = p.split(" ");
  // A surname alone, also of several words ("Van Der Beek" for "James Van Der Beek").
  const endsWith = (full: string[], tail: string[]) =>
    tail.length < full.length && tail.every((t, i) => full[full.length - tail.length + i] === t);
  return endsWith(gs, ps) || (gs.length === 1 && ps[ps.length - 1] === g);
}
