import type { ParagraphRange } from "../types.ts";

/** Paragraph ranges from blank-line separated text, used when the caller gives none. */
export function paragraphRanges(text: string): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    pushTrimmed(text, start, m.index ?? 0, ranges);
    start = (m.index ?? 0) + m[0].length;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

function pushTrimmed(text: string, start: number, end: number, out: ParagraphRange[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}
