import { stemmer } from "stemmer";

export interface Token {
  /** Lower-cased surface form, contractions expanded ("didn't" gives "did", "not"). */
  word: string;
  stem: string;
}

// Typographic quotes and dashes become plain ones so patterns stay simple.
const NORMALISE: [RegExp, string][] = [
  [/[\u2018\u2019\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201F\u2033]/g, '"'],
  [/[\u2013\u2014]/g, " - "],
];

/** Lower-cases, normalises punctuation and expands "n't" so negation is one token. */
export function normalise(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of NORMALISE) out = out.replace(pattern, replacement);
  return out
    .replace(/\bcan't\b/g, "can not")
    .replace(/\bwon't\b/g, "will not")
    .replace(/\b(\w+)n't\b/g, "$1 not");
}

/** Word tokens with Porter stems; clause punctuation is kept as "," so negation scope can stop there. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalise(text).matchAll(/[a-z0-9]+(?:'[a-z]+)?|[,;:.!?]/g)) {
    const raw = match[0];
    if (/^[,;:.!?]$/.test(raw)) {
      tokens.push({ word: raw, stem: raw });
      continue;
    }
    const word = raw.replace(/'s$/, "");
    tokens.push({ word, stem: stemmer(word) });
  }
  return tokens;
}
