import type { Cues } from "../cues/detectCues.ts";
import { countNegations } from "../text/negation.ts";
import { contentStems, type Overlap } from "../text/overlap.ts";
import type { Token } from "../text/tokenize.ts";

/** Sparse feature vector: name → value. Names are stable strings so weights stay readable JSON. */
export type Features = Map<string, number>;

const CLAIM_WORD = "<c>";

function addNgrams(features: Features, prefix: string, words: string[], keep: (a: string, b: string) => boolean) {
  for (let i = 0; i < words.length; i++) {
    features.set(`${prefix}1:${words[i]}`, 1);
    const next = words[i + 1];
    if (next !== undefined && keep(words[i]!, next)) features.set(`${prefix}2:${words[i]} ${next}`, 1);
  }
}

/**
 * Features of a (claim, statement) pair for the polarity model: stems and bigrams of the statement, the same
 * with the claim's own words masked (so "<c> hoax" or "not <c>" generalise across claims), cue groups, word
 * overlap with the claim, and negation mismatch.
 */
export function pairFeatures(claimTokens: Token[], statementTokens: Token[], cues: Cues, overlapOf: Overlap): Features {
  const features: Features = new Map();
  const words = statementTokens.filter((t) => t.word !== "," && t.word !== "." && t.word !== ";" && t.word !== ":");
  const stems = words.map((t) => t.stem);
  addNgrams(features, "w", stems, () => true);

  const claimContent = contentStems(claimTokens);
  const masked = stems.map((s) => (claimContent.has(s) ? CLAIM_WORD : s));
  addNgrams(features, "m", masked, (a, b) => (a === CLAIM_WORD) !== (b === CLAIM_WORD));

  const cueCounts: [string, number][] = [
    ["negated_predicate", cues.negatedPredicates.length],
    ["no_comment", cues.noComment.length],
    ["double_negative", cues.doubleNegatives.length],
    ["refutation", cues.refutations.length],
    ["hedged_denial", cues.hedgedDenials.length],
    ["universality", cues.universality.length],
    ["clarification", cues.clarifications.length],
    ["reaffirmation", cues.reaffirmations.length],
    ["support", cues.supports.length],
    ["hedge", cues.hedges.length],
    ["attribution", cues.attributions.length],
    ["assertion", cues.assertions.length],
    ["first_person", cues.firstPerson ? 1 : 0],
    ["question", cues.question ? 1 : 0],
  ];
  for (const [name, count] of cueCounts) if (count > 0) features.set(`cue:${name}`, Math.min(count, 2));

  const { claimCoverage, statementCoverage, sharedPredicates } = overlapOf;
  features.set("overlap:claim", claimCoverage);
  features.set("overlap:statement", statementCoverage);
  features.set(`overlap:bucket${Math.min(4, Math.floor(claimCoverage * 5))}`, 1);
  if (sharedPredicates === 0) features.set("overlap:no_predicate", 1);

  const negations = countNegations(statementTokens);
  const claimNegations = countNegations(claimTokens);
  if (negations > claimNegations) features.set("negation:statement_only", 1);
  if (negations > 0 && claimNegations > 0) features.set("negation:both", 1);
  return features;
}
