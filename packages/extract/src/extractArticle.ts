import { extractBody } from "./content/extractBody.ts";
import { splitLikePage } from "./content/splitLikePage.ts";
import { isTrustworthyBody, jsonLdParagraphs } from "./content/trustJsonLdBody.ts";
import { extractMetadata } from "./metadata/extractMetadata.ts";
import { parseHtml } from "./parseHtml.ts";
import { blockTexts } from "./text/blockTexts.ts";
import { joinParagraphs } from "./text/joinParagraphs.ts";
import type { ExtractedArticle, ExtractOptions } from "./types.ts";

/**
 * Reads one saved article page: metadata from meta tags, JSON-LD and markup, and the main body as
 * plain paragraphs. Pure: no I/O, never throws on malformed input.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const url = options.url ?? null;
  const doc = parseHtml(typeof html === "string" ? html : "");
  const meta = extractMetadata(doc, url);
  const pageBlocks = meta.jsonLdBody ? blockTexts(doc) : [];
  const context = { title: meta.title, byline: meta.byline };
  const domParagraphs = extractBody(doc, () => parseHtml(html), context);

  let paragraphs = domParagraphs;
  let method: ExtractedArticle["method"] = "dom";
  if (meta.jsonLdBody) {
    const ldParagraphs = jsonLdParagraphs(meta.jsonLdBody);
    const ldText = ldParagraphs.join(" ");
    if (isTrustworthyBody(ldText, pageBlocks.join(" "), domParagraphs.join(" "))) {
      paragraphs = ldParagraphs.length === 1 ? splitLikePage(ldText, pageBlocks) : ldParagraphs;
      method = "json-ld";
    }
  }

  const { text, paragraphs: spans } = joinParagraphs(paragraphs);
  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    byline: meta.byline,
    publishedAt: meta.publishedAt,
    updatedAt: meta.updatedAt,
    language: meta.language,
    leadImage: meta.leadImage,
    text,
    paragraphs: spans,
    method,
  };
}
