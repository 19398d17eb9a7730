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
  /** "dev": written before the rules. "heldout" .. "heldout6": written later and scored blind once (README). */
  split: "dev" | "heldout" | "heldout2" | "heldout3" | "heldout4" | "heldout5" | "heldout6";
  outlet: string;
  title: string;
  publishedAt: string;
  text: string;
  claims: { id: string; text: string }[];
  quotes: GoldQuote[];
}

/** First article of the first held-out part (written after the first rules; scored blind once, see README). */
export const firstHeldOutNumber = 33;

/** First article of the second held-out part (written last; scored blind once, see README). */
export const firstHeldOut2Number = 49;

/** First article of the third held-out part (written by a second developer; scored blind once, see README). */
export const firstHeldOut3Number = 55;

/** First article of the fourth held-out part (written after the title and clause rules; scored blind once, see README). */
export const firstHeldOut4Number = 61;

/** First article of the fifth held-out part (a different reporter's styles; labelled and committed before any run; scored blind once, see README). */
export const firstHeldOut5Number = 69;
export const firstHeldOut6Number = 77;
