import { negatedClaimPredicates } from "../text/negation.ts";
import { normalise, type Token } from "../text/tokenize.ts";
import {
  ASSERTION,
  ATTRIBUTION,
  CLARIFICATION,
  DESCRIPTIVE_FALSE,
  DOUBLE_NEGATIVE,
  EXCLUSIVITY,
  FIRST_PERSON,
  HEDGE,
  HEDGED_DENIAL,
  MODALS,
  NO_COMMENT,
  QUOTE_LIKE,
  REAFFIRMATION,
  REFUTATION,
  SUPPORT,
  UNIVERSALITY,
} from "./lexicon.ts";

/** Evidence found in one statement about one claim, grouped by the stance it points to. */
export interface Cues {
  negatedPredicates: string[];
  noComment: string[];
  doubleNegatives: string[];
  refutations: string[];
  hedgedDenials: string[];
  universality: string[];
  clarifications: string[];
  reaffirmations: string[];
  supports: string[];
  hedges: string[];
  attributions: string[];
  assertions: string[];
  firstPerson: boolean;
  /** Reads like a quote or reported speech, not a headline. */
  quoteLike: boolean;
  /** Hedges other than modal verbs: reportedly, allegedly, rumour… */
  epistemicHedges: number;
  question: boolean;
}

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** Finds every cue group in `statement`; `claim` is needed for negated predicates and exclusivity. */
export function detectCues(claim: string, claimTokens: Token[], statement: string, statementTokens: Token[]): Cues {
  const text = normalise(statement);
  const noComment = matches(NO_COMMENT, text);
  const doubleNegatives = matches(DOUBLE_NEGATIVE, text);
  // Affirming double negatives, "no comment" and descriptive "fake accounts" must not count as refutations.
  const rest = text.replace(NO_COMMENT, " ").replace(DOUBLE_NEGATIVE, " ").replace(DESCRIPTIVE_FALSE, " ");
  const claimText = normalise(claim);
  const hedges = matches(HEDGE, rest);
  return {
    negatedPredicates: noComment.length ? [] : negatedClaimPredicates(claimTokens, statementTokens),
    noComment,
    doubleNegatives,
    refutations: matches(REFUTATION, rest),
    hedgedDenials: matches(HEDGED_DENIAL, rest),
    universality: EXCLUSIVITY.test(claimText) ? matches(UNIVERSALITY, rest) : [],
    clarifications: matches(CLARIFICATION, rest),
    reaffirmations: matches(REAFFIRMATION, rest),
    supports: matches(SUPPORT, rest),
    hedges,
    attributions: matches(ATTRIBUTION, rest),
    assertions: matches(ASSERTION, rest),
    firstPerson: FIRST_PERSON.test(text),
    quoteLike: QUOTE_LIKE.test(statement),
    epistemicHedges: hedges.filter((h) => !MODALS.has(h)).length,
    question: text.includes("?"),
  };
}

/** Flattens cues into the labelled strings returned to callers. */
export function describeCues(cues: Cues): string[] {
  const out: string[] = [];
  const add = (label: string, values: string[]) => {
    for (const v of values) out.push(`${label}: "${v}"`);
  };
  add("no comment", cues.noComment);
  add("negated predicate", cues.negatedPredicates);
  add("double negative", cues.doubleNegatives);
  add("refutation", cues.refutations);
  add("hedged denial", cues.hedgedDenials);
  add("universality vs exclusivity", cues.universality);
  add("clarification", cues.clarifications);
  add("reaffirmation", cues.reaffirmations);
  add("support", cues.supports);
  add("assertion", cues.assertions);
  add("hedge", cues.hedges);
  add("attribution", cues.attributions);
  if (cues.question) out.push("question");
  return out;
}
