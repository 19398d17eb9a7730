// Finds the words between quotation marks, in every mark style, paragraph by paragraph. A quote that
// runs over several paragraphs (opening mark on each, closing mark only at the end) yields one span
// per paragraph, flagged `continues` on all but the last.
import type { ParagraphRange } from "../types.ts";

export interface QuotedSpan {
  /** Inner words, marks excluded. */
  start: number;
  end: number;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or null when the quote continues into the next paragraph. */
  close: number | null;
  continues: boolean;
  paragraph: number;
}

type Family = "double" | "single";

const doubleOpeners = "“„«";
const doubleClosers = "”»";
const singleOpeners = "‘";
const singleClosers = "’";
const allMarks = `${doubleOpeners}${doubleClosers}${singleOpeners}${singleClosers}"'`;

export function findQuotedSpans(text: string, paragraphs: ParagraphRange[]): QuotedSpan[] {
  const doubles = scanFamily(text, paragraphs, "double");
  const singles = scanFamily(text, paragraphs, "single");
  // A quote inside a quote belongs to the outer one: keep outer spans only.
  const all = [...doubles, ...singles].sort((a, b) => a.open - b.open);
  const kept: QuotedSpan[] = [];
  for (const span of all) {
    const outer = kept.find((k) => k.open < span.open && span.end <= k.end + 1);
    if (!outer) kept.push(span);
  }
  return kept;
}

function scanFamily(text: string, paragraphs: ParagraphRange[], family: Family): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  paragraphs.forEach((p, index) => {
    let open: number | null = null;
    let opener = "";
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      if (!allMarks.includes(ch)) continue;
      const role = markRole(text, i, ch, family, open !== null, opener);
      if (role === "open" && open === null) {
        open = i;
        opener = ch;
      } else if (role === "close" && open !== null) {
        pushSpan(text, spans, open, i, index, false);
        open = null;
      }
    }
    if (open !== null) {
      const next = paragraphs[index + 1];
      const nextOpens =
        next !== undefined && markRole(text, next.start, text[next.start]!, family, false, "") === "open";
      if (nextOpens) pushSpan(text, spans, open, p.end, index, true);
      // `Varadkar explained: "They were proposing ... again.` with no closing mark, before a paragraph
      // of the reporter's: a quote introduced by a colon that ends its paragraph with its sentence.
      else if (closesAtParagraphEnd(text, p.start, open, p.end)) pushSpan(text, spans, open, p.end, index, false);
      // Any other unclosed mark with no continuation is a typo or a pull quote fragment: drop it.
    }
  });
  return spans;
}

function closesAtParagraphEnd(text: string, paragraphStart: number, open: number, end: number): boolean {
  const words = text.slice(open + 1, end).trim();
  return (
    /:\s*$/.test(text.slice(paragraphStart, open)) &&
    /[.!?]$/.test(words) &&
    words.split(/\s+/).length >= 8 &&
    !/["“”]/.test(words)
  );
}

function pushSpan(
  text: string,
  spans: QuotedSpan[],
  open: number,
  close: number,
  paragraph: number,
  continues: boolean,
) {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  spans.push({ start: s, end: e, open, close: continues ? null : close, continues, paragraph });
}

function markRole(
  text: string,
  i: number,
  ch: string,
  family: Family,
  isOpen: boolean,
  opener: string,
): "open" | "close" | null {
  const prev = i > 0 ? text[i - 1]! : "\n";
  const next = i + 1 < text.length ? text[i + 1]! : "\n";
  const afterSpace = /[\s([{—–-]/.test(prev) || i === 0;
  if (family === "double") {
    // `“It was an attempt,’’ he said`: two single closing marks stand for a double one.
    if (ch === "’" && next === "’" && isOpen) return "close";
    if (ch === "„") return "open";
    if (ch === "“") return isOpen && opener === "„" ? "close" : "open";
    if (doubleOpeners.includes(ch)) return isOpen ? (opener === "»" ? "close" : null) : "open";
    // A right mark used as an opener (`said: ”Bird flu ...”`, `were ”dwindling.”`) after a space.
    if (doubleClosers.includes(ch))
      return isOpen ? "close" : afterSpace && (ch === "»" || /\p{L}/u.test(next)) ? "open" : null;
    // `he told Cook. " You guys ...`: a stray space after an opening mark.
    const spacedOpen = !isOpen && afterSpace && next === " " && /\p{L}/u.test(text[i + 2] ?? "");
    if (ch === '"') return (afterSpace && !/\s/.test(next)) || spacedOpen ? "open" : isOpen ? "close" : null;
    return null;
  }
  // Single marks double as apostrophes: an opener must start a word, a closer must end one.
  const endsWord = /[\s.,;:?!)\]”"—–-]/.test(next) || i + 1 >= text.length;
  // `‘Jewels after Jewels ‘ and ...`: an opening mark between spaces while one is open closes it.
  if (singleOpeners.includes(ch) && isOpen && afterSpace && /\s/.test(next)) return "close";
  if (singleOpeners.includes(ch)) return afterSpace || prev === "“" || prev === '"' ? "open" : null;
  if (singleClosers.includes(ch)) return isOpen && endsWord && !/\s/.test(prev) ? "close" : null;
  if (ch === "'") {
    if (!isOpen && afterSpace && /[A-Za-z]/.test(next)) return "open";
    if (isOpen && endsWord && !/\s/.test(prev)) return "close";
  }
  return null;
}
