import { diffArrays } from "diff";
import { normaliseText } from "../text/normaliseText.ts";
import { wordTokens } from "../text/wordTokens.ts";

export interface ParagraphDiff {
  /** Paragraphs only in `after`; `index` is their position in `after`. */
  added: { index: number; text: string }[];
  /** Paragraphs only in `before`; `index` is their position in `before`. */
  removed: { index: number; text: string }[];
  /** Edited paragraphs: `index` is the position in `after`, `beforeIndex` in `before`. */
  changed: { index: number; beforeIndex: number; before: string; after: string }[];
}

/** Edits keep at least half of a paragraph's words; a rewrite beyond that is removal plus addition. */
const SAME_PARAGRAPH = 0.5;

function similarity(a: string, b: string): number {
  const wa = new Set(wordTokens(a.toLowerCase()));
  const wb = new Set(wordTokens(b.toLowerCase()));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

type Indexed = { index: number; text: string };

/** Within one replaced run, pairs each removed paragraph with the next similar added one, in order. */
function pairHunk(removed: Indexed[], added: Indexed[], out: ParagraphDiff): void {
  let next = 0;
  const pairedAdded = new Set<number>();
  for (const old of removed) {
    let match = -1;
    for (let j = next; j < added.length; j++) {
      if (similarity(old.text, (added[j] as Indexed).text) >= SAME_PARAGRAPH) {
        match = j;
        break;
      }
    }
    if (match < 0) {
      out.removed.push(old);
      continue;
    }
    const now = added[match] as Indexed;
    out.changed.push({ index: now.index, beforeIndex: old.index, before: old.text, after: now.text });
    pairedAdded.add(match);
    next = match + 1;
  }
  added.forEach((a, j) => {
    if (!pairedAdded.has(j)) out.added.push(a);
  });
}

/**
 * Paragraph-level diff of two versions of an article (e.g. an outlet adding a denial): an LCS over
 * whitespace-normalised paragraphs, with adjacent removed/added paragraphs that share most of their
 * words reported as changed.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphDiff {
  const out: ParagraphDiff = { added: [], removed: [], changed: [] };
  const changes = diffArrays([...before], [...after], {
    comparator: (a, b) => normaliseText(a) === normaliseText(b),
  });
  let bi = 0;
  let ai = 0;
  let removed: Indexed[] = [];
  let added: Indexed[] = [];
  const flush = () => {
    pairHunk(removed, added, out);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) {
      for (const text of change.value) removed.push({ index: bi++, text });
    } else if (change.added) {
      for (const text of change.value) added.push({ index: ai++, text });
    } else {
      flush();
      bi += change.value.length;
      ai += change.value.length;
    }
  }
  flush();
  return out;
}
