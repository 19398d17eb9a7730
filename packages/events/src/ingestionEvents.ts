import { z } from "zod";

const isoTime = z.string().nullable();
const paragraphs = z.array(z.object({ start: z.number().int(), end: z.number().int() }));

/** Why an article was fetched. */
export const fetchReason = z.enum(["discovered", "feed-item-changed", "scheduled-refetch", "manual"]);

/** Categories of failure, shared by feeds and articles: they decide retry or give up. */
export const failureCategory = z.enum([
  "network",
  "timeout",
  "http",
  "parse",
  "too_large",
  "blocked",
  "robots",
  "redirects",
  "extract",
]);

/** Polling and article fetching: what was fetched, found, extracted, and what failed. */
export const ingestionEvents = {
  /** A poll that brought new content (a 304, or a body identical to the last, appends nothing). */
  FeedPolled: {
    schema: z.object({
      feedId: z.string(),
      url: z.string(),
      httpStatus: z.number().int(),
      contentHash: z.string(),
      kind: z.string(),
      itemCount: z.number().int(),
      newItemCount: z.number().int(),
      changedItemCount: z.number().int(),
      durationMs: z.number(),
      nextPollSeconds: z.number().int(),
    }),
  },
  FeedFetchFailed: {
    schema: z.object({
      feedId: z.string(),
      url: z.string(),
      category: failureCategory,
      httpStatus: z.number().int().nullable(),
      message: z.string(),
      consecutiveErrors: z.number().int(),
      retryInSeconds: z.number().int(),
    }),
  },
  FeedItemDiscovered: {
    schema: z.object({
      feedId: z.string(),
      outlet: z.string(),
      itemKey: z.string(),
      articleId: z.string().nullable(),
      guid: z.string().nullable(),
      link: z.string().nullable(),
      urlKey: z.string().nullable(),
      title: z.string().nullable(),
      summary: z.string().nullable(),
      published: isoTime,
      updated: isoTime,
      fingerprint: z.string(),
    }),
  },
  /** A seen item whose title, summary or updated date changed: outlets edit stories to add denials. */
  FeedItemChanged: {
    schema: z.object({
      feedId: z.string(),
      outlet: z.string(),
      itemKey: z.string(),
      articleId: z.string().nullable(),
      link: z.string().nullable(),
      title: z.string().nullable(),
      summary: z.string().nullable(),
      updated: isoTime,
      fingerprint: z.string(),
      previousFingerprint: z.string(),
    }),
  },
  ArticleFetched: {
    schema: z.object({
      articleId: z.string(),
      url: z.string(),
      finalUrl: z.string(),
      httpStatus: z.number().int(),
      contentType: z.string().nullable(),
      contentHash: z.string(),
      bytes: z.number().int(),
      reason: fetchReason,
      durationMs: z.number(),
    }),
  },
  ArticleFetchFailed: {
    schema: z.object({
      articleId: z.string(),
      url: z.string(),
      category: failureCategory,
      httpStatus: z.number().int().nullable(),
      message: z.string(),
      reason: fetchReason,
      attempt: z.number().int(),
      willRetry: z.boolean(),
    }),
  },
  ArticleExtracted: {
    schema: z.object({
      articleId: z.string(),
      url: z.string(),
      canonicalUrl: z.string().nullable(),
      feedId: z.string().nullable(),
      outlet: z.string(),
      title: z.string().nullable(),
      byline: z.string().nullable(),
      publishedAt: isoTime,
      updatedAt: isoTime,
      language: z.string().nullable(),
      leadImage: z.string().nullable(),
      text: z.string(),
      paragraphs,
      textHash: z.string(),
      method: z.string(),
    }),
  },
  /** The article's text changed since its last extraction; `diff` is paragraph by paragraph. */
  ArticleRevised: {
    schema: z.object({
      articleId: z.string(),
      url: z.string(),
      outlet: z.string(),
      title: z.string().nullable(),
      updatedAt: isoTime,
      text: z.string(),
      paragraphs,
      textHash: z.string(),
      previousTextHash: z.string(),
      diff: z.object({
        added: z.array(z.object({ index: z.number().int(), text: z.string() })),
        removed: z.array(z.object({ index: z.number().int(), text: z.string() })),
        changed: z.array(z.object({ index: z.number().int(), before: z.string(), after: z.string() })),
      }),
    }),
  },
};
