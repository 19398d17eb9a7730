/** How a quote appears in the article. */
export type QuoteKind = "full" | "partial" | "indirect";

/** A canonical speaker: a person, an organisation, or a document ("joint statement"). */
export interface Speaker {
  name: string;
  role: string | null;
  organization: string | null;
}

/** Governments and platforms a quote concerns, as canonical names ("Kazakhstan", "Meta"). */
export interface Actors {
  governments: string[];
  platforms: string[];
}

export interface Quote {
  /** The quoted words without quotation marks; for indirect speech the reported clause. */
  text: string;
  /** Offsets into the article text: text.slice(start, end) === quote.text. */
  start: number;
  end: number;
  kind: QuoteKind;
  /** The attribution cue as written ("said", "told Reuters", "according to", "wrote on X"). */
  cue: string | null;
  speaker: Speaker | null;
  /** The speaker as mentioned near the quote ("he", "the ministry", "Meta spokesperson Ben McConaghy"). */
  speakerMention: string | null;
  relevant: boolean;
  /** 0..1: how surely the quote concerns a government's access to a platform. */
  relevance: number;
  actors: Actors;
  reasons: string[];
}

/** A paragraph's character range in the article text. */
export interface ParagraphRange {
  start: number;
  end: number;
}

/** What the article tells about a quote beyond its own words. */
export interface RelevanceContext {
  title?: string;
  /** Text around the quote (its sentence and neighbours). */
  nearbyText?: string;
  speaker?: Speaker | null;
  /** Whole article text, to resolve "the company" / "the government" to named actors. */
  articleText?: string;
}

export interface Relevance {
  relevant: boolean;
  score: number;
  actors: Actors;
  reasons: string[];
}
