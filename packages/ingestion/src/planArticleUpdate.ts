import type { EventData, PushbackEvent } from "@pushback/events";
import { eventId, type NewEvent } from "@pushback/eventstore";
import { diffParagraphs, type ExtractedArticle } from "@pushback/extract";
import { hashText } from "./ids.ts";

export interface ArticleRef {
  articleId: string;
  url: string;
  feedId: string | null;
  outlet: string;
}

/** The article's text as last recorded (from its ArticleExtracted or latest ArticleRevised). */
export interface RecordedText {
  text: string;
  paragraphs: { start: number; end: number }[];
  textHash: string;
}

const paragraphTexts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((span) => text.slice(span.start, span.end));

/**
 * The first extraction of an article is ArticleExtracted; a later one whose text differs is
 * ArticleRevised with a paragraph diff (outlets often add a denial by editing a story); an
 * unchanged text records nothing.
 */
export function planArticleUpdate(
  article: ArticleRef,
  extracted: ExtractedArticle,
  previous: RecordedText | null,
): NewEvent<PushbackEvent> | null {
  const textHash = hashText(extracted.text);
  if (!previous) {
    const data: EventData<"ArticleExtracted"> = {
      articleId: article.articleId,
      url: article.url,
      canonicalUrl: extracted.canonicalUrl,
      feedId: article.feedId,
      outlet: article.outlet,
      title: extracted.title,
      byline: extracted.byline,
      publishedAt: extracted.publishedAt,
      updatedAt: extracted.updatedAt,
      language: extracted.language,
      leadImage: extracted.leadImage,
      text: extracted.text,
      paragraphs: extracted.paragraphs,
      textHash,
      method: extracted.method,
    };
    return { id: eventId(`ArticleExtracted:${article.articleId}`), type: "ArticleExtracted", data };
  }
  if (previous.textHash === textHash) return null;
  const diff = diffParagraphs(
    paragraphTexts(previous.text, previous.paragraphs),
    paragraphTexts(extracted.text, extracted.paragraphs),
  );
  return {
    id: eventId(`ArticleRevised:${article.articleId}:${previous.textHash}:${textHash}`),
    type: "ArticleRevised",
    data: {
      articleId: article.articleId,
      url: article.url,
      outlet: article.outlet,
      title: extracted.title,
      updatedAt: extracted.updatedAt,
      text: extracted.text,
      paragraphs: extracted.paragraphs,
      textHash,
      previousTextHash: previous.textHash,
      diff,
    },
  };
}

/** The latest recorded text of an article, from its stream's events. */
export function latestText(events: Iterable<{ type: string; data: unknown }>): RecordedText | null {
  let latest: RecordedText | null = null;
  for (const event of events) {
    if (event.type === "ArticleExtracted" || event.type === "ArticleRevised") {
      const data = event.data as RecordedText;
      latest = { text: data.text, paragraphs: data.paragraphs, textHash: data.textHash };
    }
  }
  return latest;
}
