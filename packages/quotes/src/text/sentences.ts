// Sentence ranges that never cut inside a quotation: a quote of several sentences stays inside the
// reporter's sentence that carries it ("A. B," she said.), so attribution sees quote and cue together.
import { speechVerbLemma } from "../attribution/cues.ts";
import type { ParagraphRange } from "../types.ts";

export interface Range {
  start: number;
  end: number;
}

const abbreviations = new Set(
  "mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec no gen sen rep gov lt col jr sr inc corp ltd co vs u.s u.k u.n e.g i.e prof sgt capt maj mt ft".split(
    " ",
  ),
);

const closers = "\"'”’»)]“";

export function sentenceRanges(text: string, paragraphs: ParagraphRange[], quoted: Range[]): Range[] {
  const inQuote = new Uint8Array(text.length);
  for (const q of quoted) inQuote.fill(1, q.start, q.end);
  const quoteEnds = new Set(quoted.map((q) => q.end));
  const out: Range[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      if (ch !== "." && ch !== "?" && ch !== "!") continue;
      // Inside a quote only its last sentence can end the reporter's: `..." Smith agreed: "..."`,
      // but not `"Will it work?" Smith asked.`
      if (inQuote[i] && !(quoteEnds.has(i + 2) && !attributionFollows(text.slice(i + 2, i + 200)))) continue;
      let j = i + 1;
      while (j < p.end && closers.includes(text[j]!) && !isOpeningMark(text, j)) j++;
      if (j < p.end && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < p.end && /\s/.test(text[k]!)) k++;
      if (k < p.end && !/[A-Z0-9"“‘'«„(]/.test(text[k]!)) continue;
      if (ch === "." && isAbbreviation(text, i)) continue;
      out.push({ start, end: j });
      start = k;
      i = k - 1;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return out;
}

function isOpeningMark(text: string, i: number): boolean {
  const ch = text[i]!;
  return (ch === '"' || ch === "'") && (i === 0 || /\s/.test(text[i - 1]!));
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (abbreviations.has(word)) return true;
  // Initials such as "J." in "John J. Smith".
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[s] ?? "");
}

/** The words after a closing mark attribute the quote: a speech verb within the first five words. */
function attributionFollows(after: string): boolean {
  // Up to the next sentence end: `?” He Jianxiong, the former vice president of ..., said.`
  const clause = after.split(/[.!?](?:\s|$)/)[0] ?? "";
  const words = clause
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .slice(0, 25);
  // "When his editors would ask him ...": a subordinate clause opens a new sentence.
  if (
    /^(?:when|if|as|after|before|while|although|though|because|since|once|until|but|and|so|yet)$/i.test(words[0] ?? "")
  )
    return false;
  // (Not an infinitive: `..." Ford opted instead to write two novels.`)
  const verb = words.findIndex(
    (w, i) => !/ing$/.test(w) && speechVerbLemma(w) !== undefined && words[i - 1]?.toLowerCase() !== "to",
  );
  // Far from the quote only after an apposition (a comma right after the first name).
  return verb >= 0 && (verb < 5 || /^\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3},/u.test(clause));
}
