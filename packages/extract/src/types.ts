/** A paragraph's place in `ExtractedArticle.text`: `text.slice(start, end)` is the paragraph. */
export interface ParagraphSpan {
  start: number;
  end: number;
}

/** What `extractArticle` reads from one saved page. Dates are ISO 8601 strings. */
export interface ExtractedArticle {
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  language: string | null;
  leadImage: string | null;
  /** Main body as plain text, paragraphs joined by "\n\n". */
  text: string;
  paragraphs: ParagraphSpan[];
  /** Where the body came from: the page's JSON-LD articleBody or content scoring over the DOM. */
  method: "json-ld" | "dom";
}

export interface ExtractOptions {
  /** The page's address: the fallback `url` and the base for relative canonical and image links. */
  url?: string;
}
