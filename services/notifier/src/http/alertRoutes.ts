import type { FastifyPluginAsync } from "fastify";
import { sql } from "kysely";
import type { NotifierRouteOptions } from "./routeOptions.ts";

interface AlertQuery {
  subscriptionId?: string;
  limit: number;
  before?: number;
}

/**
 * GET /api/alerts: the alert history (AlertSent and AlertFailed events), newest first. Pages by
 * `before` (pass the previous page's `next`), so pages stay stable while alerts are added.
 */
export const alertRoutes: FastifyPluginAsync<NotifierRouteOptions> = async (app, { store }) => {
  app.get<{ Querystring: AlertQuery }>(
    "/api/alerts",
    {
      schema: {
        tags: ["alerts"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            subscriptionId: { type: "string", maxLength: 100 },
            limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
            before: { type: "integer", minimum: 1, description: "position cursor: the `next` of the previous page" },
          },
        },
        response: {
          200: {
            type: "object",
            properties: {
              next: { type: ["integer", "null"] },
              alerts: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    position: { type: "integer" },
                    status: { type: "string", enum: ["sent", "failed"] },
                    at: { type: "string", format: "date-time" },
                    alertId: { type: "string" },
                    subscriptionId: { type: "string" },
                    contradictionIds: { type: "array", items: { type: "string" } },
                    subject: { type: ["string", "null"] },
                    messageId: { type: ["string", "null"] },
                    mode: { type: ["string", "null"] },
                    attempts: { type: ["integer", "null"] },
                    error: { type: ["string", "null"] },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const { subscriptionId, limit, before } = request.query;
      const rows = await sql<{ global_position: number; type: string; data: any; created_at: Date }>`
        select global_position, type, data, created_at from events
        where type in ('AlertSent', 'AlertFailed')
          ${subscriptionId ? sql`and stream_id = ${`alerts-${subscriptionId}`}` : sql``}
          ${before ? sql`and global_position < ${before}` : sql``}
        order by global_position desc
        limit ${limit + 1}`.execute(store.db);
      const page = rows.rows.slice(0, limit);
      return {
        next: rows.rows.length > limit ? Number(page[page.length - 1]!.global_position) : null,
        alerts: page.map((row) => ({
          position: Number(row.global_position),
          status: row.type === "AlertSent" ? "sent" : "failed",
          at: row.created_at.toISOString(),
          alertId: row.data.alertId,
          subscriptionId: row.data.subscriptionId,
          contradictionIds: row.data.contradictionIds,
          subject: row.data.subject ?? null,
          messageId: row.data.messageId ?? null,
          mode: row.data.mode ?? null,
          attempts: row.data.attempts ?? null,
          error: row.data.error ?? null,
        })),
      };
    },
  );
};
