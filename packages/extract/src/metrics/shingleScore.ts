import { wordTokens } from "../text/wordTokens.ts";

/** One page's shingle counts, each divided by their sum so that every page weighs the same. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function shingleCounts(text: string, n: number): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const windows = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < windows; i++) {
    const key = tokens.slice(i, i + n).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The Zyte article-extraction-benchmark page score: multiset overlap of word n-gram shingles
 * (n = 4 in the benchmark), normalised by tp+fp+fn.
 */
export function pageCounts(truth: string, prediction: string, n = 4): PageCounts {
  const t = shingleCounts(truth, n);
  const p = shingleCounts(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, ct] of t) {
    const cp = p.get(key) ?? 0;
    tp += Math.min(ct, cp);
    fn += Math.max(0, ct - cp);
  }
  for (const [key, cp] of p) fp += Math.max(0, cp - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Macro precision and recall over pages, F1 of those two means, and exact-token accuracy. */
export function corpusScore(pages: readonly { truth: string; prediction: string }[]): CorpusScore {
  const counts = pages.map((p) => pageCounts(p.truth, p.prediction));
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = pages.filter((p) => wordTokens(p.truth).join(" ") === wordTokens(p.prediction).join(" ")).length;
  return { precision, recall, f1, accuracy: pages.length ? exact / pages.length : 0 };
}
