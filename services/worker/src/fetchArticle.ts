import { eventId } from "@pushback/eventstore";
import { extractArticle } from "@pushback/extract";
import { decodeBody } from "@pushback/feeds";
import { FetchError } from "@pushback/fetcher";
import { articleStream, latestText, planArticleUpdate } from "@pushback/ingestion";
import type { ArticleFetchJob } from "@pushback/queues";
import { extractionFailures, fetchOutcomes } from "@pushback/runtime";
import { describeFailure, isTransient } from "./failureCategory.ts";
import type { WorkerContext } from "./workerContext.ts";

export type ArticleOutcome = "extracted" | "revised" | "unchanged" | "not-modified" | "failed";

export class RetryableArticleError extends Error {
  override readonly name = "RetryableArticleError";
}

class ExtractionError extends Error {
  override readonly name = "ExtractionError";
}

function extractOrFail(body: Uint8Array, contentType: string | null, url: string): ReturnType<typeof extractArticle> {
  let extracted: ReturnType<typeof extractArticle>;
  try {
    extracted = extractArticle(decodeBody(body, contentType).text, { url });
  } catch (error) {
    throw new ExtractionError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  if (!extracted.text.trim()) throw new ExtractionError("no article text found on the page");
  return extracted;
}

/**
 * Fetch, decode and extract one article, then append ArticleFetched and, when the text is new or
 * changed, ArticleExtracted or ArticleRevised, in one append guarded by the stream's version.
 * Transient failures are recorded and rethrown for BullMQ to retry; refusals are recorded and end.
 */
export async function fetchArticle(
  context: WorkerContext,
  job: ArticleFetchJob,
  attempt: { jobId: string; attemptsMade: number; maxAttempts: number },
): Promise<ArticleOutcome> {
  const { store, fetcher, state } = context;
  const stream = articleStream(job.articleId);
  const previous = await state.get("article", job.articleId);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof fetcher.fetch>>;
  let extracted: ReturnType<typeof extractArticle>;
  try {
    result = await fetcher.fetch(job.url, {
      etag: previous.etag,
      lastModified: previous.lastModified,
      previousHash: previous.hash,
      kind: "article",
    });
    if (result.notModified) {
      fetchOutcomes.inc({ outlet: job.outlet, kind: "article", outcome: "not-modified" });
      return "not-modified";
    }
    extracted = extractOrFail(result.body, result.contentType, result.finalUrl);
  } catch (error) {
    // The page's failures are recorded on it; Redis or Postgres trouble is ours: BullMQ retries.
    if (!(error instanceof FetchError || error instanceof ExtractionError)) throw error;
    const failure = describeFailure(error, "extract");
    const willRetry = isTransient(error) && attempt.attemptsMade + 1 < attempt.maxAttempts;
    await store.append(stream, [
      {
        id: eventId(`ArticleFetchFailed:${attempt.jobId}:${attempt.attemptsMade}`),
        type: "ArticleFetchFailed",
        data: {
          articleId: job.articleId,
          url: job.url,
          category: failure.category,
          httpStatus: failure.httpStatus,
          message: failure.message,
          reason: job.reason,
          attempt: attempt.attemptsMade + 1,
          willRetry,
        },
      },
    ]);
    context.logger.warn({ articleId: job.articleId, url: job.url, willRetry, ...failure }, "article fetch failed");
    fetchOutcomes.inc({ outlet: job.outlet, kind: "article", outcome: failure.category });
    if (failure.category === "extract") extractionFailures.inc({ outlet: job.outlet });
    if (willRetry) throw new RetryableArticleError(failure.message, { cause: error });
    return "failed";
  }

  const history = await store.readStream(stream);
  const update = planArticleUpdate(job, extracted, latestText(history));
  await store.append(
    stream,
    [
      {
        id: eventId(`ArticleFetched:${job.articleId}:${result.hash}`),
        type: "ArticleFetched",
        data: {
          articleId: job.articleId,
          url: job.url,
          finalUrl: result.finalUrl,
          httpStatus: result.httpStatus,
          contentType: result.contentType,
          contentHash: result.hash!,
          bytes: result.body.byteLength,
          reason: job.reason,
          durationMs: Math.round(performance.now() - started),
        },
      },
      ...(update ? [update] : []),
    ],
    // Two fetches of one article racing: the loser gets ConcurrencyError and BullMQ retries it.
    { expectedVersion: history.length === 0 ? "no_stream" : (history.at(-1)?.streamPosition ?? 0) },
  );
  await state.set("article", job.articleId, {
    etag: result.etag,
    lastModified: result.lastModified,
    hash: result.hash,
  });
  fetchOutcomes.inc({ outlet: job.outlet, kind: "article", outcome: "ok" });
  if (!update) return "unchanged";
  return update.type === "ArticleExtracted" ? "extracted" : "revised";
}
