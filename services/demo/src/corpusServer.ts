import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Corpus } from "./loadCorpus.ts";
import { renderArticle, renderFeed } from "./renderCorpus.ts";

export interface CorpusServer {
  url: string;
  host: string;
  feedUrls: { outlet: string; url: string }[];
  /** Releases the articles of phases up to `phase` (0 serves empty feeds). */
  setPhase(phase: number): void;
  close(): Promise<void>;
}

/** Serves the corpus's feeds and pages on loopback, phase by phase, as the outlets would publish them. */
export async function startCorpusServer(corpus: Corpus, options: { port?: number } = {}): Promise<CorpusServer> {
  let phase = 0;
  let base = "";
  const released = () => corpus.articles.filter((article) => article.phase <= phase);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const [, outletSlug, rest] = path.split("/");
    const outlet = corpus.outlets.find((o) => o.slug === outletSlug);
    if (outlet && rest === "feed.xml") {
      const type = outlet.style === "magazine" ? "application/atom+xml" : "application/rss+xml";
      response.writeHead(200, { "content-type": `${type}; charset=utf-8` });
      response.end(
        renderFeed(
          base,
          outlet,
          released().filter((a) => a.outlet.slug === outlet.slug),
        ),
      );
      return;
    }
    const article = released().find((a) => a.outlet.slug === outletSlug && a.slug === rest);
    if (article) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(renderArticle(base, article, released()));
      return;
    }
    if (path === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    host: `127.0.0.1:${port}`,
    feedUrls: corpus.outlets.map((outlet) => ({ outlet: outlet.name, url: `${base}/${outlet.slug}/feed.xml` })),
    setPhase(next) {
      phase = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
