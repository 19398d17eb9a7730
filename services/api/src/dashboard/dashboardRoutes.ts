import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";

const PUBLIC = new URL("../../public/", import.meta.url);
const FILES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
};
// The page builds every element with textContent: no inline script and no data as HTML.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The built-in dashboard: a static page (public/) that calls the API with the key the user enters. */
export function registerDashboard(app: FastifyInstance): void {
  const files = new Map(
    Object.entries(FILES).map(([name, type]) => [name, { type, body: readFileSync(new URL(name, PUBLIC)) }]),
  );
  const serve = (name: string) => async (_request: unknown, reply: import("fastify").FastifyReply) => {
    const file = files.get(name)!;
    return reply
      .type(file.type)
      .header("content-security-policy", CSP)
      .header("x-content-type-options", "nosniff")
      .send(file.body);
  };
  app.get("/", { schema: { hide: true } }, serve("index.html"));
  for (const name of Object.keys(FILES)) app.get(`/assets/${name}`, { schema: { hide: true } }, serve(name));
}
