import { START } from "@pushback/eventstore";
import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../http/apiDeps.ts";
import { errorResponses, security } from "../http/schemas.ts";
import { formatCheckpoint, parseCheckpoint } from "./checkpointString.ts";

/** GET /api/events: the global log in commit-safe order, for downstream consumers. */
export function registerEvents(app: FastifyInstance, { store }: ApiDeps): void {
  app.get<{ Querystring: { after?: string; limit: number } }>(
    "/api/events",
    {
      schema: {
        tags: ["log"],
        summary: "Events after a checkpoint; keep `next` and pass it as `after`",
        security,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            after: { type: "string", description: "`<transactionId>:<globalPosition>`; default 0:0 (the start)" },
            limit: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
          },
        },
        response: {
          200: {
            type: "object",
            required: ["events", "next"],
            properties: {
              events: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    type: { type: "string" },
                    streamId: { type: "string" },
                    streamPosition: { type: "integer" },
                    globalPosition: { type: "integer" },
                    transactionId: { type: "string" },
                    createdAt: { type: "string", format: "date-time" },
                    data: { type: "object", additionalProperties: true },
                    metadata: { type: "object", additionalProperties: true },
                  },
                },
              },
              next: { type: "string" },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const after = request.query.after ? parseCheckpoint(request.query.after) : START;
      const events = await store.readAll(after, request.query.limit);
      const last = events[events.length - 1];
      return {
        events: events.map((e) => ({
          id: e.id,
          type: e.type,
          streamId: e.streamId,
          streamPosition: e.streamPosition,
          globalPosition: e.globalPosition,
          transactionId: e.transactionId,
          createdAt: e.createdAt.toISOString(),
          data: e.data,
          metadata: e.metadata,
        })),
        next: formatCheckpoint(last ?? after),
      };
    },
  );
}
