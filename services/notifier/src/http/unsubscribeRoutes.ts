import { escapeHtml, verifyUnsubscribeToken } from "@pushback/alerts";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { readSubscription, removeSubscription } from "../subscriptions/subscriptions.ts";
import type { NotifierRouteOptions } from "./routeOptions.ts";

const tokenQuery = {
  type: "object",
  required: ["token"],
  properties: { token: { type: "string", maxLength: 400 } },
} as const;

function page(reply: FastifyReply, status: number, title: string, body: string) {
  return (
    reply
      .code(status)
      .type("text/html; charset=utf-8")
      // The token is in the URL: keep it out of caches, referrers and search engines.
      .header("Cache-Control", "no-store")
      .header("Referrer-Policy", "no-referrer")
      .header("X-Robots-Tag", "noindex")
      .send(
        `<!doctype html><html><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
          `<title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em;margin:3em auto">` +
          `<h1>${escapeHtml(title)}</h1>${body}</body></html>`,
      )
  );
}

/**
 * GET /unsubscribe?token= shows a confirmation page and changes nothing (link scanners and
 * prefetchers follow GET links); POST /unsubscribe?token= unsubscribes: the page's button, and
 * mailbox providers' RFC 8058 one-click POST (body `List-Unsubscribe=One-Click`). The signed
 * token is the authority, so these routes sit outside the API's auth.
 */
export const unsubscribeRoutes: FastifyPluginAsync<NotifierRouteOptions> = async (app, { store, env }) => {
  // One-click POSTs come as urlencoded or multipart forms; their body carries nothing we need.
  for (const type of ["application/x-www-form-urlencoded", "multipart/form-data"]) {
    if (!app.hasContentTypeParser(type)) {
      app.addContentTypeParser(type, { parseAs: "string", bodyLimit: 4096 }, (_request, body, done) =>
        done(null, body),
      );
    }
  }

  app.get<{ Querystring: { token: string } }>(
    "/unsubscribe",
    { schema: { querystring: tokenQuery, hide: true } },
    async (request, reply) => {
      const subscriptionId = verifyUnsubscribeToken(request.query.token, env.PUSHBACK_SECRET);
      if (!subscriptionId)
        return page(
          reply,
          400,
          "Invalid unsubscribe link",
          "<p>This link is not valid. Check that it was copied whole.</p>",
        );
      const subscription = await readSubscription(store, subscriptionId);
      if (!subscription) return page(reply, 200, "Already unsubscribed", "<p>This subscription is not active.</p>");
      const action = `/unsubscribe?token=${encodeURIComponent(request.query.token)}`;
      return page(
        reply,
        200,
        "Unsubscribe from Pushback alerts?",
        `<p>Stop the ${escapeHtml(subscription.mode)} alerts sent to <strong>${escapeHtml(subscription.email)}</strong>?</p>` +
          `<form method="post" action="${escapeHtml(action)}">` +
          `<input type="hidden" name="List-Unsubscribe" value="One-Click">` +
          `<button type="submit">Unsubscribe</button></form>`,
      );
    },
  );

  app.post<{ Querystring: { token: string } }>(
    "/unsubscribe",
    { schema: { querystring: tokenQuery, hide: true } },
    async (request, reply) => {
      const subscriptionId = verifyUnsubscribeToken(request.query.token, env.PUSHBACK_SECRET);
      if (!subscriptionId) return page(reply, 400, "Invalid unsubscribe link", "<p>This link is not valid.</p>");
      await removeSubscription(store, subscriptionId, "unsubscribe-link");
      return page(reply, 200, "Unsubscribed", "<p>You will receive no more alerts from this subscription.</p>");
    },
  );
};
