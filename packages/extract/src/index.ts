/**
 * @pushback/extract: pure article extraction from saved HTML.
 *
 * - `extractArticle(html, { url })` returns the main body (paragraphs joined by "\n\n", with their
 *   offsets) and metadata (title, byline, dates, language, canonical URL, lead image).
 *   Never throws; `method` says whether the body came from a verified JSON-LD articleBody or from
 *   content scoring over the DOM.
 * - `decodeHtml(bytes)` turns a saved page's bytes into a string (BOM, then <meta charset>, else UTF-8).
 * - `diffParagraphs(before, after)` compares two versions of an article paragraph by paragraph,
 *   e.g. to notice an outlet adding a denial.
 *
 * Quality and speed: `npm run bench:extract` (Zyte article-extraction benchmark, F1 over word
 * 4-gram shingles).
 */

export { decodeHtml } from "./decodeHtml.ts";
export { diffParagraphs, type ParagraphDiff } from "./diff/diffParagraphs.ts";
export { extractArticle } from "./extractArticle.ts";
export type { ExtractedArticle, ExtractOptions, ParagraphSpan } from "./types.ts";
