import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export type FixtureHandler = FixtureResponse | ((request: IncomingMessage, response: ServerResponse) => void);

export interface FixtureServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** host:port, for PUSHBACK_ALLOW_PRIVATE_HOSTS */
  host: string;
  /** Serves `handler` at `path` (replacing what was there): a fixed response or a raw handler. */
  route(path: string, handler: FixtureHandler): void;
  /** Paths requested so far, in order, with their conditional headers. */
  requests: { path: string; ifNoneMatch: string | undefined; ifModifiedSince: string | undefined }[];
  close(): Promise<void>;
}

/** A loopback HTTP server serving fixtures that a test can change between requests. 404 elsewhere. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureHandler>();
  const requests: FixtureServer["requests"] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    requests.push({
      path,
      ifNoneMatch: request.headers["if-none-match"],
      ifModifiedSince: request.headers["if-modified-since"],
    });
    const handler = routes.get(path);
    if (!handler) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (typeof handler === "function") {
      handler(request, response);
      return;
    }
    const etag = handler.headers?.etag;
    if (etag && request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(handler.status ?? 200, handler.headers ?? {}).end(handler.body ?? "");
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    route: (path, handler) => routes.set(path, handler),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
