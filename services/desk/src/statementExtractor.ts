import { createHash } from "node:crypto";
import type { PushbackEvent } from "@pushback/events";
import { defineReactor, eventId, type NewEvent, type Reactor } from "@pushback/eventstore";
import { articleStream } from "@pushback/ingestion";
import { extractQuotes } from "@pushback/quotes";
import type { PushbackStore } from "@pushback/runtime";
import { isClaim } from "@pushback/stance";

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 24);

/** A statement's id: the article and the quote's words, so a revised article yields only its new statements. */
export function statementIdOf(articleId: string, quoteText: string, speakerName: string | null): string {
  return hash(`${articleId}|${quoteText.replace(/\s+/g, " ").trim().toLowerCase()}|${speakerName ?? ""}`);
}

/**
 * Reads the quotes out of every extracted or revised article and appends, to the article's stream,
 * one StatementExtracted per relevant quote and a count of all quotes. Irrelevant quotes are only counted.
 */
export function statementExtractor(store: PushbackStore): Reactor<PushbackEvent> {
  return defineReactor<PushbackEvent>({
    name: "statement_extractor",
    dataOf: ["ArticleExtracted", "ArticleRevised"],
    async handle(event, { trx }) {
      if (event.type !== "ArticleExtracted" && event.type !== "ArticleRevised") return;
      const d = event.data;
      // A statement added by an edit appeared when the article was revised, not when it was first published.
      const publishedAt =
        event.type === "ArticleExtracted" ? event.data.publishedAt : (d.updatedAt ?? event.createdAt.toISOString());
      const quotes = extractQuotes(d.text, d.paragraphs, { title: d.title ?? undefined, outlet: d.outlet });
      const relevant = quotes.filter((quote) => quote.relevant);
      const events: NewEvent<PushbackEvent>[] = relevant.map((quote) => {
        const statementId = statementIdOf(d.articleId, quote.text, quote.speaker?.name ?? null);
        const claim = isClaim(quote.text);
        return {
          id: eventId(`StatementExtracted:${statementId}`),
          type: "StatementExtracted",
          data: {
            statementId,
            articleId: d.articleId,
            url: d.url,
            outlet: d.outlet,
            title: d.title,
            publishedAt,
            text: quote.text,
            start: quote.start,
            end: quote.end,
            kind: quote.kind,
            cue: quote.cue,
            speaker: quote.speaker,
            relevance: quote.relevance,
            actors: quote.actors,
            isClaim: claim.claim,
            claimConfidence: claim.confidence,
          },
        };
      });
      events.push({
        id: eventId(`QuotesCounted:${d.articleId}:${d.textHash}`),
        type: "QuotesCounted",
        data: { articleId: d.articleId, textHash: d.textHash, quotes: quotes.length, relevant: relevant.length },
      });
      await store.inTransaction(trx).append(articleStream(d.articleId), events);
    },
  });
}
