// @pushback/quotes: quotes, speakers and topic relevance from article text. Pure: no I/O.
//
// extractQuotes(text, paragraphs?, meta?) -> Quote[]
//   Direct quotes (every mark style), partial quotes and indirect speech, each with cue, speaker
//   mention, canonical speaker, relevance score, actors and reasons. text.slice(q.start, q.end) ===
//   q.text. Split quotes give one Quote per piece (same speaker); multi-paragraph quotes give one
//   Quote per paragraph (speaker from the final attribution).
// assessRelevance(quoteText, context) -> Relevance
//   Does a quote concern a government's access to a platform? Uses the quote, its speaker, nearby
//   text and title to name the actors ("Kazakhstan", "Meta").
export { type ArticleMeta, extractQuotes } from "./extractQuotes.ts";
export { assessRelevance, relevanceThreshold } from "./relevance/assessRelevance.ts";
export type {
  Actors,
  ParagraphRange,
  Quote,
  QuoteKind,
  Relevance,
  RelevanceContext,
  Speaker,
} from "./types.ts";
