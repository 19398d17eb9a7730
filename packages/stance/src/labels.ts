/** The six stances a statement can take toward a claim. */
export const STANCES = ["claim", "denial", "clarification", "support", "reaffirmation", "neutral"] as const;
export type Stance = (typeof STANCES)[number];

/** Coarse polarity the learned model predicts (Emergent's label set). */
export const POLARITIES = ["for", "against", "observing"] as const;
export type Polarity = (typeof POLARITIES)[number];

export interface StanceResult {
  stance: Stance;
  /** 0..1: how sure the classifier is of `stance`. */
  confidence: number;
  /** Human-readable evidence, e.g. `negated predicate: "did not grant"`. */
  cues: string[];
}

export interface ClaimResult {
  claim: boolean;
  confidence: number;
  cues: string[];
}

/** Maps a six-way stance onto Emergent's for/against/observing. */
export function toPolarity(stance: Stance): Polarity {
  if (stance === "denial") return "against";
  if (stance === "support" || stance === "reaffirmation") return "for";
  return "observing";
}
