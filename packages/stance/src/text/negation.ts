import { STOPWORDS } from "./stopwords.ts";
import { predicateKeys } from "./synonyms.ts";
import type { Token } from "./tokenize.ts";

const NEGATORS = new Set(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot"]);
// A negated refutation is an affirmation ("did not deny", "not untrue"), so it opens no negation scope.
const REFUTING_STEMS = new Set(["deni", "deny", "disput", "reject", "fals", "untru", "wrong", "doubt", "hoax", "fake"]);
const SCOPE_BREAKERS = new Set([
  ",",
  ";",
  ":",
  ".",
  "!",
  "?",
  "but",
  "however",
  "although",
  "though",
  "while",
  "because",
]);
const AUXILIARIES = new Set([
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "could",
]);
const MAX_SCOPE = 5;

/** Whether the token at `index` is a negator that is not itself negating a refutation. */
function opensScope(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !NEGATORS.has(token.word)) return false;
  for (let j = index + 1; j <= index + 2 && j < tokens.length; j++) {
    if (REFUTING_STEMS.has(tokens[j]!.stem)) return false;
  }
  return true;
}

export interface NegationScope {
  /** Index of the negator. */
  start: number;
  /** Exclusive end of the tokens it negates. */
  end: number;
}

/** Clause-bounded spans that follow a negator, e.g. "not [grant exclusive access]". */
export function negationScopes(tokens: Token[]): NegationScope[] {
  const scopes: NegationScope[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!opensScope(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_SCOPE && !SCOPE_BREAKERS.has(tokens[end]!.word)) end++;
    scopes.push({ start: i, end });
  }
  return scopes;
}

/** Stems of content words that fall inside some negation scope. */
function negatedStems(tokens: Token[]): Set<string> {
  const stems = new Set<string>();
  for (const scope of negationScopes(tokens)) {
    for (let j = scope.start + 1; j < scope.end; j++) stems.add(tokens[j]!.stem);
  }
  return stems;
}

/**
 * Spans of the statement that negate a key predicate of the claim: a content word of the claim that the
 * statement puts under "not/no/never" while the claim does not ("did not grant", "no exclusive access").
 */
export function negatedClaimPredicates(claim: Token[], statement: Token[]): string[] {
  const claimContent = new Set(
    claim.filter((t) => !STOPWORDS.has(t.word) && /[a-z]/.test(t.word)).flatMap((t) => predicateKeys(t.stem)),
  );
  const alreadyNegated = new Set([...negatedStems(claim)].flatMap(predicateKeys));
  const spans: string[] = [];
  for (const scope of negationScopes(statement)) {
    let last = -1;
    for (let j = scope.start + 1; j < scope.end; j++) {
      const keys = predicateKeys(statement[j]!.stem);
      if (keys.some((k) => claimContent.has(k) && !alreadyNegated.has(k))) last = j;
    }
    if (last < 0) continue;
    const from = scope.start > 0 && AUXILIARIES.has(statement[scope.start - 1]!.word) ? scope.start - 1 : scope.start;
    spans.push(
      statement
        .slice(from, last + 1)
        .map((t) => t.word)
        .join(" "),
    );
  }
  return spans;
}

/** Number of negators that open a scope, for the learned model. */
export function countNegations(tokens: Token[]): number {
  return negationScopes(tokens).length;
}
