import { articleIdFor } from "@pushback/ingestion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticle, RetryableArticleError } from "./fetchArticle.ts";
import { startWorkerHarness, type WorkerHarness } from "./testSupport/workerHarness.ts";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness("fetcharticle");
});
afterAll(() => h.close());

const articleJob = (path: string) => {
  const url = `${h.server.url}${path}`;
  return { articleId: articleIdFor(url)!, url, feedId: "feed-1", outlet: "Wire", reason: "discovered" as const };
};
const attempt = (jobId: string, attemptsMade = 0) => ({ jobId, attemptsMade, maxAttempts: 3 });

describe("fetchArticle", () => {
  it("extracts an article, records nothing for an unchanged page, and a revision with its paragraph diff", async () => {
    h.server.route("/articles/kazakhstan-access", {
      headers: { "content-type": "text/html; charset=utf-8" },
      body: h.fixture("article-claim.html"),
    });
    const job = articleJob("/articles/kazakhstan-access");
    expect(await fetchArticle(h.context, job, attempt("a1"))).toBe("extracted");
    const [fetched, extracted] = await h.store.readStream(`article-${job.articleId}`);
    expect(fetched).toMatchObject({ type: "ArticleFetched", data: { httpStatus: 200, reason: "discovered" } });
    expect(extracted!.type).toBe("ArticleExtracted");
    const data = extracted!.data as any;
    expect(data.title).toBe("Kazakhstan says it won special access to platform's reporting system");
    expect(data.canonicalUrl).toBe(`${h.server.url}/articles/kazakhstan-access`);
    expect(data.publishedAt).toBe("2021-11-17T09:30:00.000Z");
    expect(data.text).toContain("direct and exclusive access");
    expect(data.text).not.toContain("Markets close higher");
    for (const span of data.paragraphs) expect(data.text.slice(span.start, span.end).trim().length).toBeGreaterThan(0);

    expect(await fetchArticle(h.context, { ...job, reason: "scheduled-refetch" }, attempt("a2"))).toBe("not-modified");

    h.server.route("/articles/kazakhstan-access", {
      headers: { "content-type": "text/html; charset=utf-8" },
      body: h.fixture("article-claim-revised.html"),
    });
    expect(await fetchArticle(h.context, { ...job, reason: "feed-item-changed" }, attempt("a3"))).toBe("revised");
    const revised = (await h.store.readStream(`article-${job.articleId}`)).at(-1)!;
    expect(revised.type).toBe("ArticleRevised");
    const diff = (revised.data as any).diff;
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0].text).toContain("is the same in Kazakhstan as it is for other countries");
    expect(diff.removed).toEqual([]);
  });

  it("re-running a job whose events are stored writes nothing twice", async () => {
    h.server.route("/articles/football-snow", {
      headers: { "content-type": "text/html" },
      body: h.fixture("article-football.html"),
    });
    const job = articleJob("/articles/football-snow");
    await fetchArticle(h.context, job, attempt("f1"));
    // A worker that died after appending but before remembering the page's validators.
    await h.redis.del(`${h.env.PUSHBACK_REDIS_PREFIX}:state:article:${job.articleId}`);
    expect(await fetchArticle(h.context, job, attempt("f1"))).toBe("unchanged");
    const types = (await h.store.readStream(`article-${job.articleId}`)).map((e) => e.type);
    expect(types).toEqual(["ArticleFetched", "ArticleExtracted"]);
  });

  it("records a transient failure and rethrows it for a retry; a refusal is recorded and ends", async () => {
    h.server.route("/articles/flaky", { status: 503, body: "busy" });
    const flaky = articleJob("/articles/flaky");
    await expect(fetchArticle(h.context, flaky, attempt("x1"))).rejects.toBeInstanceOf(RetryableArticleError);
    h.server.route("/articles/gone", { status: 404, body: "gone" });
    const gone = articleJob("/articles/gone");
    expect(await fetchArticle(h.context, gone, attempt("y1"))).toBe("failed");
    const [flakyEvent] = await h.store.readStream(`article-${flaky.articleId}`);
    const [goneEvent] = await h.store.readStream(`article-${gone.articleId}`);
    expect(flakyEvent).toMatchObject({
      type: "ArticleFetchFailed",
      data: { category: "http", httpStatus: 503, willRetry: true },
    });
    expect(goneEvent).toMatchObject({ type: "ArticleFetchFailed", data: { httpStatus: 404, willRetry: false } });
  });

  it("records a page with no article text as an extraction failure", async () => {
    h.server.route("/articles/empty", {
      headers: { "content-type": "text/html" },
      body: "<html><body><nav>Home</nav></body></html>",
    });
    const job = articleJob("/articles/empty");
    expect(await fetchArticle(h.context, job, attempt("e1"))).toBe("failed");
    const [event] = await h.store.readStream(`article-${job.articleId}`);
    expect(event).toMatchObject({ type: "ArticleFetchFailed", data: { category: "extract" } });
  });
});
