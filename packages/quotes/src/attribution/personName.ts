// Splits what is not a person's name off a capitalised person phrase: leading titles ("Lt Gen",
// "Councillor", "Lawyer") go to the role; a trailing "of the ORGANISATION" / "at ORGANISATION"
// goes to the organisation.
import { occupationNouns, orgWords, portfolioWords, roleWords, titleModifiers, titleWords } from "./nounLexicon.ts";

const isCapitalised = (w: string) => /^[\p{Lu}]/u.test(w);
/** Lowercase particles inside personal names: "Pieter van Wyk", "Maria da Costa", "Omar bin Salleh". */
const nameParticle = /^(?:van|von|de|da|das|do|dos|di|del|della|du|der|den|ter|le|la|bin|binti|ibn|al|el|ben|y)$/;
/** Capitalised words and particles between them: the shape of a personal name. */
/** "al-Rashid", "el-Sayed": a lowercase article joined to a capitalised name. */
const joinedParticle = /^(?:al|el|ad|as|an|ash|ibn|bin)-\p{Lu}/u;
const isNameWord = (x: string) => isCapitalised(x) || joinedParticle.test(x);
const isNameShape = (w: string[]) =>
  w.length >= 2 &&
  isCapitalised(w[0]!) &&
  isNameWord(w[w.length - 1]!) &&
  w.every((x) => isNameWord(x) || nameParticle.test(x));
const bare = (w: string) => w.toLowerCase().replace(/\.$/, "");
/** A title word, or a modifier followed by one ("Air Marshal"). */
export const isTitleAt = (words: string[], i: number): boolean =>
  titleWords.has(bare(words[i]!)) ||
  (titleModifiers.has(bare(words[i]!)) && i + 1 < words.length && isTitleAt(words, i + 1));

/** "Coach", "Administrator", "Singer-guitarists": a role or occupation written as a title (also hyphenated, plural). */
function isRoleTitle(word: string): boolean {
  return bare(word)
    .split("-")
    .every((part) => [part, part.replace(/s$/, "")].some((p) => roleWords.has(p) || occupationNouns.has(p)));
}

/** "Lt Gen Thanawat Srisuk" -> title "Lt Gen", name "Thanawat Srisuk". The name keeps at least one word. */
export function splitTitle(words: string[]): { title: string | null; name: string[] } {
  let k = 0;
  while (k < words.length - 1 && isTitleAt(words, k) && isCapitalised(words[k]!)) k++;
  // "Coach Grace Kimani", "Chairman Ali Kaya": a capitalised role word before a full name is a title.
  while (k < words.length - 2 && isRoleTitle(words[k]!) && isCapitalised(words[k]!) && isNameShape(words.slice(k + 1)))
    k++;
  // "Secretary of State Mike Pompeo": an office "of ..." runs on; the last two words are the name.
  // "Director of Public Prosecutions Karin Holm": a role word opens an office too.
  if (k === 0 && roleWords.has(bare(words[0] ?? "")) && isCapitalised(words[0] ?? ""))
    k = officeEnd(words, 1) > 1 ? 1 : 0;
  if (k > 0 || words[0] === "of") k = officeEnd(words, k);
  if (k === 0 || !/^\p{Lu}/u.test(words[k] ?? "")) return { title: null, name: words };
  return { title: words.slice(0, k).join(" "), name: words.slice(k) };
}

export function officeEnd(words: string[], k: number): number {
  if (!/^(?:of|for)$/.test(words[k] ?? "")) return k;
  const end = words.length - 2;
  return end > k + 1 && words.slice(k + 1).every((w) => isCapitalised(w) || /^(?:of|and|for|the)$/.test(w)) ? end : k;
}

/**
 * "Liza Marcelo of the Philippine Internet Freedom Alliance" -> person words and organisation.
 * Only when the words before the preposition read as a personal name (two or more capitalised
 * words, no organisation word, not ending in a role: "Minister of Digital Development" stays whole).
 */
export function splitOrganisationTail(
  words: string[],
  isOrganisationName: (words: string[]) => boolean,
): { person: string[]; organization: string } | null {
  for (let i = 2; i < words.length - 1; i++) {
    if (!/^(?:of|at|from|with)$/.test(words[i]!)) continue;
    const head = words.slice(0, i);
    let { name } = splitTitle(head);
    // A role word used as a title ("Coach Grace Kimani", "Chairman Ali Kaya") is no part of the name.
    while (name.length > 2 && roleWords.has(bare(name[0]!)) && isCapitalised(name[0]!)) name = name.slice(1);
    // "planetary geologist Rosaly Lopes": a lowercase role before the name.
    while (name.length > 2 && !isCapitalised(name[0]!)) name = name.slice(1);
    if (!isNameShape(name)) return null;
    if (name.some((w) => orgWords.has(w.toLowerCase()) || roleWords.has(w.toLowerCase()))) return null;
    if (isOrganisationName(name)) return null;
    // The tail may be a description too ("Robin Vos of the design centre").
    const tail = words.slice(words[i + 1] === "the" ? i + 2 : i + 1);
    if (!tail.length) return null;
    return { person: head, organization: tail.join(" ") };
  }
  return null;
}

/**
 * "Digital Economy Eliud Owalo", the end of "Cabinet Secretary for Information, Communications and
 * the Digital Economy Eliud Owalo" cut at its commas: portfolio words before a name go to the role.
 */
export function splitPortfolio(words: string[]): { portfolio: string | null; name: string[] } {
  let k = 0;
  while (k < words.length - 2 && (portfolioWords.has(bare(words[k]!)) || /^(?:and|the|of|for|&)$/.test(words[k]!))) k++;
  if (k === 0 || !isNameShape(words.slice(k))) return { portfolio: null, name: words };
  return { portfolio: words.slice(0, k).join(" "), name: words.slice(k) };
}
