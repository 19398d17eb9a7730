import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.ts";
import type { Token } from "./tokenize.ts";

export interface Overlap {
  /** Share of the claim's content stems found in the statement. */
  claimCoverage: number;
  /** Share of the statement's content stems found in the claim. */
  statementCoverage: number;
  /** Shared content stems that are not names (capitalised in the claim): the claim's predicates and objects. */
  sharedPredicates: number;
}

/** Stems of the words that are not function words. */
export function contentStems(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => /[a-z0-9]/.test(t.word) && !STOPWORDS.has(t.word)).map((t) => t.stem));
}

const capitalisedStems = (words: string[]) =>
  words.filter((w) => /^[A-Z]/.test(w)).map((w) => stemmer(w.toLowerCase().replace(/'s$/, "")));

/**
 * Names ("Meta", "Kazakhstan"): words capitalised after the first word of the claim, or of the statement
 * unless the statement is in title case (headlines capitalise everything).
 */
function nameStems(claim: string, statement: string): Set<string> {
  const claimWords = claim.match(/[A-Za-z][\w']*/g) ?? [];
  const statementWords = statement.match(/[A-Za-z][\w']*/g) ?? [];
  const titleCase = capitalisedStems(statementWords.slice(1)).length > (statementWords.length - 1) / 2;
  // Mixed case ("TikTok", "WhatsApp") or all capitals ("EU") mark a name even as the first word.
  const marked = [...claimWords, ...statementWords].filter((w) => /^[A-Z][a-z]+[A-Z]|^[A-Z]{2,4}$/.test(w));
  return new Set([
    ...capitalisedStems(claimWords.slice(1)),
    ...(titleCase ? [] : capitalisedStems(statementWords.slice(1))),
    ...capitalisedStems(marked),
  ]);
}

/** How much of the claim the statement talks about, which separates on-topic statements from background. */
export function overlap(claim: string, claimTokens: Token[], statement: string, statementTokens: Token[]): Overlap {
  const claimContent = contentStems(claimTokens);
  const statementContent = contentStems(statementTokens);
  const names = nameStems(claim, statement);
  let shared = 0;
  let sharedPredicates = 0;
  for (const stem of claimContent) {
    if (!statementContent.has(stem)) continue;
    shared++;
    if (!names.has(stem)) sharedPredicates++;
  }
  return {
    claimCoverage: claimContent.size ? shared / claimContent.size : 0,
    statementCoverage: statementContent.size ? shared / statementContent.size : 0,
    sharedPredicates,
  };
}
