/**
 * @pushback/extract: pure article extraction from saved HTML.
 *
 * - `extractArticle(html, { url })` returns the main body (paragraphs joined by "\n\n", with their
 *   offsets) and metadata (title, byline, dates, language, canonical URL, lead image).
 * - `diffParagraphs(before, after)` compares two versions of an article paragraph by paragraph,
 *   e.g. to notice an outlet adding a denial.
 */

export { decodeHtml } from "./decodeHtml.ts";
export { diffParagraphs, type ParagraphDiff } from "./diff/diffParagraphs.ts";
export { extractArticle } from "./extractArticle.ts";
export type { ExtractedArticle, ExtractOptions, ParagraphSpan } from "./types.ts";
