import { decodeHTML } from "entities";
import { normaliseText } from "../text/normaliseText.ts";
import { wordTokens } from "../text/wordTokens.ts";

const MIN_LENGTH = 200;

function shingles(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= tokens.length; i++) out.add(tokens.slice(i, i + 4).join(" "));
  return out;
}

/** articleBody sometimes carries markup or entities; reduce it to plain paragraphs. */
export function jsonLdParagraphs(body: string): string[] {
  // Decode first: some sites escape the markup itself ("&lt;p&gt;"), some escape entities twice.
  const markup = decodeHTML(body);
  const plain = decodeHTML(markup.replace(/<\/(p|div|h\d|li|blockquote)>|<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, " "));
  return plain
    .split(/\n\s*\n|\r?\n/)
    .map(normaliseText)
    .filter(Boolean);
}

/**
 * Accepts a JSON-LD articleBody only when the page shows it (90% of its word 4-grams appear in the
 * page's visible text) and it is not shorter than what the DOM gave: some sites leave quotes or
 * whole paragraphs out of articleBody, and a teaser is never the full story.
 */
export function isTrustworthyBody(ldText: string, pageText: string, domText: string): boolean {
  if (ldText.length < MIN_LENGTH) return false;
  const ld = shingles(wordTokens(ldText));
  if (ld.size === 0) return false;
  const page = shingles(wordTokens(pageText));
  let shown = 0;
  for (const s of ld) if (page.has(s)) shown++;
  if (shown / ld.size < 0.9) return false;
  return ldText.length >= domText.length * 0.95;
}
