// Direct-quote figures on real articles: span P/R/F1 at >=30% and >=80% token overlap and speaker
// accuracy on matched quotes, against the hand labels in gold-a (development: its errors may be read)
// and gold-b (held out: score it, do not study it).
// Usage: npx tsx packages/quotes/eval/real/evalReal.ts FOLDER [--errors] [ground-truth.json]
import { extractQuotes } from "../../src/index.ts";
import type { Quote } from "../../src/types.ts";
import { matchSpans, sameSpeaker } from "../scoreQuotes.ts";
import { groundTruthPath, loadRealBodies } from "./realCorpus.ts";
import { checkRealGold, loadRealGold, type RealGoldQuote } from "./realGold.ts";

export interface RealFigures {
  articles: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

interface RealMatch {
  gold: RealGoldQuote;
  predicted: Quote;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function speakerRight(gold: RealGoldQuote, predicted: Quote): boolean {
  const name = predicted.speaker?.name;
  return [gold.speaker, ...(gold.aliases ?? [])].some((g) => sameSpeaker(g, name));
}

export function evaluateReal(
  folder: string,
  bodies: Map<string, string>,
  threshold: number,
  onError?: (text: string, m: RealMatch) => void,
  onSpanError?: (text: string, what: "missed" | "spurious", span: { start: number; end: number }) => void,
): RealFigures {
  const labelled = loadRealGold(folder);
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let right = 0;
  for (const a of labelled) {
    const text = bodies.get(a.article);
    const problems = checkRealGold(a, text);
    if (problems.length || text === undefined) throw new Error(problems.join("; "));
    const direct = extractQuotes(text).filter((q) => q.kind !== "indirect");
    const matches = matchSpans(text, a.quotes, direct, threshold);
    gold += a.quotes.length;
    predicted += direct.length;
    matched += matches.length;
    for (const m of matches) {
      if (speakerRight(m.gold, m.predicted)) right++;
      else onError?.(text, m);
    }
    if (onSpanError) {
      for (const g of a.quotes) if (!matches.some((m) => m.gold === g)) onSpanError(text, "missed", g);
      for (const p of direct) if (!matches.some((m) => m.predicted === p)) onSpanError(text, "spurious", p);
    }
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return {
    articles: labelled.length,
    gold,
    predicted,
    precision: r3(precision),
    recall: r3(recall),
    f1: r3(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    speakerAccuracy: r3(matched ? right / matched : 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const showErrors = args.includes("--errors");
  const [folder, path] = args.filter((a) => !a.startsWith("--"));
  const bodies = loadRealBodies(groundTruthPath(path));
  if (!bodies || !folder) {
    console.log("skipped: pass a label folder; ground-truth.json must exist (or set PUSHBACK_CORPORA)");
    process.exit(0);
  }
  const show = (text: string, m: RealMatch) => {
    const from = Math.max(0, m.gold.start - 300);
    console.log(
      `\n--- gold ${JSON.stringify(m.gold.speaker)} got ${JSON.stringify(m.predicted.speaker?.name ?? null)} (mention ${JSON.stringify(m.predicted.speakerMention)}, cue ${JSON.stringify(m.predicted.cue)})\n${text.slice(from, m.gold.end + 200).replace(/\n\n/g, " ¶ ")}`,
    );
  };
  const showSpan = (text: string, what: string, span: { start: number; end: number }) =>
    console.log(
      `\n+++ ${what} ${JSON.stringify(text.slice(span.start, span.end).slice(0, 120))}\n${text.slice(Math.max(0, span.start - 150), span.end + 60).replace(/\n\n/g, " ¶ ")}`,
    );
  const at3 = evaluateReal(folder, bodies, 0.3, showErrors ? show : undefined);
  const at8 = evaluateReal(folder, bodies, 0.8, undefined, showErrors ? showSpan : undefined);
  console.log(`\n${folder}: ${at3.articles} articles, ${at3.gold} gold direct quotes, ${at3.predicted} predicted`);
  console.log(`@0.3  P ${at3.precision}  R ${at3.recall}  F1 ${at3.f1}  speaker accuracy ${at3.speakerAccuracy}`);
  console.log(`@0.8  P ${at8.precision}  R ${at8.recall}  F1 ${at8.f1}  speaker accuracy ${at8.speakerAccuracy}`);
  console.log(JSON.stringify({ folder, "direct@0.3": at3, "direct@0.8": at8 }));
}
