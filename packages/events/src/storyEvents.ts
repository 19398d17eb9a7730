import { z } from "zod";

export const stanceLabel = z.enum(["claim", "denial", "clarification", "support", "reaffirmation", "neutral"]);
export const quoteKind = z.enum(["full", "partial", "indirect"]);
const speaker = z
  .object({ name: z.string(), role: z.string().nullable(), organization: z.string().nullable() })
  .nullable();
const actors = z.object({ governments: z.array(z.string()), platforms: z.array(z.string()) });

/** A statement's source: the article it was read from. */
const source = z.object({
  articleId: z.string(),
  url: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

/**
 * Statements and stories. StatementExtracted is appended to the article's stream, one per relevant
 * quote; the story events go to `story-<id>` streams, decided online in publication order.
 */
export const storyEvents = {
  StatementExtracted: {
    schema: z.object({
      statementId: z.string(),
      ...source.shape,
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      kind: quoteKind,
      cue: z.string().nullable(),
      speaker,
      relevance: z.number(),
      actors,
      isClaim: z.boolean(),
      claimConfidence: z.number(),
    }),
  },
  /** How many quotes an extraction found and how many were relevant (irrelevant ones are only counted). */
  QuotesCounted: {
    schema: z.object({
      articleId: z.string(),
      textHash: z.string(),
      quotes: z.number().int(),
      relevant: z.number().int(),
    }),
  },
  StoryOpened: {
    schema: z.object({
      storyId: z.string(),
      title: z.string(),
      governments: z.array(z.string()),
      platforms: z.array(z.string()),
      openedBy: source,
    }),
  },
  ArticleLinkedToStory: {
    schema: z.object({ storyId: z.string(), ...source.shape, similarity: z.number() }),
  },
  /** A statement placed on the story's timeline, with its stance toward the story's claims. */
  StatementRecorded: {
    schema: z.object({
      storyId: z.string(),
      statementId: z.string(),
      ...source.shape,
      text: z.string(),
      kind: quoteKind,
      speaker,
      /** The speaking side: an organisation or government, the unit of "who claimed, who denied". */
      party: z.string(),
      stance: stanceLabel,
      confidence: z.number(),
      cues: z.array(z.string()),
      /** The claim this statement makes, repeats, or answers (null for neutral statements). */
      claimId: z.string().nullable(),
    }),
  },
  /** A new proposition: one claim however many quotes and outlets repeat it. */
  ClaimIdentified: {
    schema: z.object({
      storyId: z.string(),
      claimId: z.string(),
      text: z.string(),
      party: z.string(),
      statementId: z.string(),
    }),
  },
  /** Raised once per (claim, responding party, type); later evidence is ContradictionEvidenceAdded. */
  ContradictionDetected: {
    schema: z.object({
      storyId: z.string(),
      contradictionId: z.string(),
      type: z.enum(["denial", "clarification"]),
      claim: z.object({ claimId: z.string(), text: z.string(), party: z.string() }),
      response: z.object({
        party: z.string(),
        statementId: z.string(),
        text: z.string(),
        speaker,
        ...source.shape,
      }),
    }),
  },
  ContradictionEvidenceAdded: {
    schema: z.object({
      storyId: z.string(),
      contradictionId: z.string(),
      statementId: z.string(),
      text: z.string(),
      speaker,
      ...source.shape,
    }),
  },
  StoriesMerged: {
    schema: z.object({ storyId: z.string(), mergedStoryId: z.string(), reason: z.string() }),
  },
  /** A user marked the story's contradictions as seen: they are no longer "new". */
  StoryAcknowledged: {
    schema: z.object({ storyId: z.string(), by: z.string(), upTo: z.string() }),
  },
};
