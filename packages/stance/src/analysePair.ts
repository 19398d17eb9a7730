import { type Cues, detectCues } from "./cues/detectCues.ts";
import { type Features, pairFeatures } from "./model/features.ts";
import { type Overlap, overlap } from "./text/overlap.ts";
import { tokenize } from "./text/tokenize.ts";

export interface PairAnalysis {
  cues: Cues;
  overlap: Overlap;
  features: Features;
}

/** Tokenises once and derives the rule cues, the overlap and the model features of a (claim, statement) pair. */
export function analysePair(claim: string, statement: string): PairAnalysis {
  const claimTokens = tokenize(claim);
  const statementTokens = tokenize(statement);
  const cues = detectCues(claim, claimTokens, statement, statementTokens);
  const overlapOf = overlap(claim, claimTokens, statement, statementTokens);
  return { cues, overlap: overlapOf, features: pairFeatures(claimTokens, statementTokens, cues, overlapOf) };
}
