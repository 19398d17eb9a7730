// Shape of a gold corpus file (eval/corpus/NNN-slug.json), shared by the builder, the evaluation
// and the corpus validation test.
import type { QuoteKind, Speaker } from "../src/types.ts";

export const stanceLabels = ["claim", "denial", "clarification", "support", "reaffirmation", "neutral"] as const;
export type StanceLabel = (typeof stanceLabels)[number];

export interface GoldQuote {
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: Speaker | null;
  relevant: boolean;
  stance: { claimId: string; label: StanceLabel } | null;
}

export interface GoldArticle {
  id: string;
  /** "dev" articles were written before the rules; "heldout" ones after, and never tuned on. */
  split: "dev" | "heldout" | "untouched";
  outlet: string;
  title: string;
  publishedAt: string;
  text: string;
  claims: { id: string; text: string }[];
  quotes: GoldQuote[];
}

/** First article number of the held-out part (written after the rules were frozen). */
export const firstHeldOutNumber = 33;

/** First article of the second held-out part, scored once and never used to change the rules. */
export const firstUntouchedNumber = 49;
