// @pushback/quotes: quotes, speakers and topic relevance from article text. Pure: no I/O.
//
// extractQuotes(text, paragraphs?, meta?) -> Quote[]
//   Direct quotes (every mark style), partial quotes and indirect speech, each with cue, speaker
//   mention, canonical speaker, relevance score, actors and reasons. text.slice(q.start, q.end) ===
//   q.text. Split quotes give one Quote per piece (same speaker); multi-paragraph quotes give one
//   Quote per paragraph (speaker from the final attribution).
//   A quoted fragment inside a reported clause is returned as the partial quote, not the clause.
//   Titles, nicknames, scare quotes and pull quotes repeating the body are dropped.
//   paragraphs: {start, end}[] offsets; when omitted, blank lines split the text.
//   meta.title feeds relevance (with the article's first paragraph as the story lead).
// assessRelevance(quoteText, context) -> Relevance
//   Does a quote concern a government's access to a platform? Evidence in layers: the quote, its
//   speaker, nearby sentences, title and lead; returns score 0..1, relevant (score >= threshold and a
//   government, a platform and the topic found), canonical actors ("Kazakhstan", "Meta"), reasons.
// Pure and synchronous; two bounded module-level caches (actor look-ups, parsed names) speed it up.
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
