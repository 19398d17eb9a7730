import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Corpus, CorpusArticle, Outlet } from "./loadCorpus.ts";
import { renderArticle, renderFeed } from "./renderCorpus.ts";

export interface CorpusServer {
  /** Base URL of the first (or only) host. */
  url: string;
  /** For PUSHBACK_ALLOW_PRIVATE_HOSTS: host:port, or a CIDR when outlets have hosts of their own. */
  host: string;
  feedUrls: { outlet: string; url: string }[];
  /** Releases the articles of phases up to `phase` (0 serves empty feeds). */
  setPhase(phase: number): void;
  close(): Promise<void>;
}

export interface CorpusServerOptions {
  port?: number;
  /** Each outlet on an address of its own (127.0.0.10, .11, …), as real outlets are on their own hosts. */
  hostPerOutlet?: boolean;
}

/** Serves the corpus's feeds and pages on loopback, phase by phase, as the outlets would publish them. */
export async function startCorpusServer(corpus: Corpus, options: CorpusServerOptions = {}): Promise<CorpusServer> {
  let phase = 0;
  const bases = new Map<string, string>();
  const baseOf = (outlet: Outlet) => bases.get(outlet.slug) ?? bases.get("*")!;
  const released = () => corpus.articles.filter((article) => article.phase <= phase);
  const pageUrl = (article: CorpusArticle) => `${baseOf(article.outlet)}/${article.outlet.slug}/${article.slug}`;

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const [, outletSlug, rest] = path.split("/");
    const outlet = corpus.outlets.find((o) => o.slug === outletSlug);
    if (outlet && rest === "feed.xml") {
      const type = outlet.style === "magazine" ? "application/atom+xml" : "application/rss+xml";
      response.writeHead(200, { "content-type": `${type}; charset=utf-8` });
      response.end(
        renderFeed(
          baseOf(outlet),
          outlet,
          released().filter((a) => a.outlet.slug === outlet.slug),
        ),
      );
      return;
    }
    const article = released().find((a) => a.outlet.slug === outletSlug && a.slug === rest);
    if (article) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(renderArticle(baseOf(article.outlet), article, released(), pageUrl));
      return;
    }
    if (path === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  };

  const servers: Server[] = [];
  const listen = async (address: string, port: number) => {
    const server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(port, address, resolve));
    servers.push(server);
    return `http://${address}:${(server.address() as AddressInfo).port}`;
  };
  if (options.hostPerOutlet) {
    for (const [index, outlet] of corpus.outlets.entries())
      bases.set(outlet.slug, await listen(`127.0.0.${10 + index}`, 0));
  } else {
    bases.set("*", await listen("127.0.0.1", options.port ?? 0));
  }
  const first = [...bases.values()][0]!;
  return {
    url: first,
    host: options.hostPerOutlet ? "127.0.0.0/8" : first.replace("http://", ""),
    feedUrls: corpus.outlets.map((outlet) => ({
      outlet: outlet.name,
      url: `${baseOf(outlet)}/${outlet.slug}/feed.xml`,
    })),
    setPhase(next) {
      phase = next;
    },
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
