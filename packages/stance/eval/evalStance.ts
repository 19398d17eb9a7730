/**
 * Evaluation of @pushback/stance.
 *   npm run eval:stance -- [--emergent DIR] [--quotes DIR] [--verbose]
 * 1. Emergent TEST split (claim-disjoint from the train split the model was fitted on): our six stances mapped
 *    to for/against/observing; accuracy, per-class P/R/F1 and the confusion matrix.
 * 2. Our own invented pairs (eval/pairs.jsonl) and the quotes developer's corpus (packages/quotes/eval/corpus):
 *    six-class accuracy and P/R/F1.
 * Ends with one JSON line holding every figure.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { classifyStance } from "../src/classifyStance.ts";
import { POLARITIES, type Polarity, STANCES, type Stance, toPolarity } from "../src/labels.ts";
import { formatReport, type Report, score } from "./metrics.ts";
import { defaultEmergentDir, hasEmergent, readEmergent } from "./readEmergent.ts";
import { type LabelledPair, readPairsJsonl, readQuotesCorpus } from "./readPairs.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..", "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes("--verbose");
const emergentDir = option("--emergent") ? resolve(option("--emergent")!) : defaultEmergentDir(repoRoot);
const quotesDir = option("--quotes")
  ? resolve(option("--quotes")!)
  : join(repoRoot, "packages", "quotes", "eval", "corpus");

const figures: Record<string, unknown> = {};

if (hasEmergent(emergentDir)) {
  const rows = readEmergent(emergentDir, "test");
  const started = performance.now();
  const predicted = rows.map((r) => toPolarity(classifyStance(r.claim, r.headline).stance));
  const msPerPair = (performance.now() - started) / rows.length;
  const report = score<Polarity>(
    POLARITIES,
    rows.map((r) => r.label),
    predicted,
  );
  console.log(formatReport("Emergent TEST (for/against/observing)", POLARITIES, report));
  console.log(`  ${msPerPair.toFixed(3)} ms per pair (including tokenising)`);
  if (verbose) {
    rows.forEach((r, i) => {
      if (predicted[i] !== r.label)
        console.log(`  gold=${r.label} pred=${predicted[i]} :: ${r.claim} || ${r.headline}`);
    });
  }
  figures["emergentTest"] = summary(report);
  figures["msPerPair"] = Math.round(msPerPair * 1000) / 1000;
} else {
  console.log(`Emergent not found in ${emergentDir}: skipping (pass --emergent DIR or set PUSHBACK_CORPORA).`);
  figures["emergentTest"] = null;
}

function evaluatePairs(title: string, key: string, pairs: LabelledPair[], withSpeaker = false): void {
  if (!pairs.length) {
    console.log(`${title}: no pairs found, skipping.`);
    figures[key] = null;
    return;
  }
  const predicted = pairs.map((p) =>
    withSpeaker
      ? classifyStance(p.claim, p.text, { speaker: p.speaker ?? "" }).stance
      : classifyStance(p.claim, p.text).stance,
  );
  const report = score<Stance>(
    STANCES,
    pairs.map((p) => p.label),
    predicted,
  );
  console.log(formatReport(title, STANCES, report));
  const polarity = score<Polarity>(
    POLARITIES,
    pairs.map((p) => toPolarity(p.label)),
    predicted.map(toPolarity),
  );
  console.log(`  mapped to for/against/observing: accuracy=${polarity.accuracy.toFixed(3)}`);
  if (verbose) {
    pairs.forEach((p, i) => {
      if (predicted[i] !== p.label) console.log(`  gold=${p.label} pred=${predicted[i]} :: ${p.text}`);
    });
  }
  figures[key] = { ...summary(report), polarityAccuracy: polarity.accuracy };
}

console.log("");
evaluatePairs("Own pairs (eval/pairs.jsonl, six classes)", "ownPairs", readPairsJsonl(join(here, "pairs.jsonl")));
console.log("");
const quotes = readQuotesCorpus(quotesDir);
evaluatePairs("Quotes corpus, all splits, text only (six classes)", "quotesCorpus", quotes);
// The speaker is what the quotes package extracts beside each quote. The rules of this package were written
// without looking at the held-out split.
for (const split of ["dev", "heldout"]) {
  const part = quotes.filter((p) => p.split === split);
  for (const withSpeaker of [false, true]) {
    const how = withSpeaker ? "with speaker" : "text only";
    console.log("");
    evaluatePairs(
      `Quotes corpus, ${split}, ${how} (six classes)`,
      `quotes_${split}_${how.replace(" ", "_")}`,
      part,
      withSpeaker,
    );
  }
}

function summary<L extends string>(report: Report<L>) {
  const perClass = Object.fromEntries(
    Object.entries(report.perClass).map(([label, c]) => {
      const { precision, recall, f1, support } = c as Report<L>["perClass"][L];
      return [label, { p: precision, r: recall, f1, n: support }];
    }),
  );
  return { n: report.n, accuracy: report.accuracy, macroF1: report.macroF1, perClass, confusion: report.confusion };
}

console.log(JSON.stringify(figures));
