import { governmentNames, platformNames, properStateWords } from "./actorLexicon.ts";

export interface ActorMatches {
  governments: string[];
  platforms: string[];
}

function compile(pairs: [string, string][]): { re: RegExp; lookup: Map<string, string> } {
  const lookup = new Map(pairs);
  const alternation = pairs.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, "giu"), lookup };
}

const governments = compile(governmentNames);
const platforms = compile(platformNames);

/** Canonical governments and platforms named in a text. Short names (X, UK, EU) must be upper case. */
export function findActors(text: string): ActorMatches {
  const cached = cache.get(text);
  if (cached) return cached;
  const found = { governments: matchAll(text, governments), platforms: matchAll(text, platforms) };
  // The same names and article texts are looked up many times per article.
  if (cache.size >= 5000) cache.clear();
  cache.set(text, found);
  return found;
}

const cache = new Map<string, ActorMatches>();

function matchAll(text: string, table: { re: RegExp; lookup: Map<string, string> }): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(table.re)) {
    const word = m[0];
    if (word.length <= 3 && word !== word.toUpperCase()) continue;
    // "Peruvian", "Lima": states from the world list count only as proper names ("male" is no Malé).
    if (properStateWords.has(word.toLowerCase()) && !/^\p{Lu}/u.test(word)) continue;
    // "X" is a letter too: only the capital standing alone, not "X-ray" or an initial "X." in a name.
    if (word === "X" && /^[-.]/.test(text.slice((m.index ?? 0) + 1))) continue;
    const canonical = table.lookup.get(word.toLowerCase());
    if (canonical && !found.includes(canonical)) found.push(canonical);
  }
  return found;
}
