import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../http/apiDeps.ts";
import { errorResponses, security } from "../http/schemas.ts";
import { storyAsOf } from "./storyAsOf.ts";
import { STORY_DETAIL_SQL } from "./storySql.ts";

const idParam = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
} as const;

/** GET /api/stories/:id, from the read views in one statement, or replayed from the log with ?asOf. */
export function registerStory(app: FastifyInstance, { database, store }: ApiDeps): void {
  const sql = database.sql;
  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    "/api/stories/:id",
    {
      schema: {
        tags: ["stories"],
        summary: "A story with its timeline, claims, contradictions and sources (merged ids resolve to the survivor)",
        security,
        params: idParam,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            asOf: { type: "string", format: "date-time", description: "answer as the story stood then (replayed)" },
          },
        },
        response: { 200: { $ref: "StoryDetail#" }, 404: { $ref: "Error#" }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (request.query.asOf) {
        const story = await storyAsOf(store, id, new Date(request.query.asOf));
        if (!story)
          return reply.code(404).send({ error: "not_found", message: `no story ${id} at ${request.query.asOf}` });
        return story;
      }
      // Postgres renders the JSON: sent as it comes, neither parsed nor serialised here.
      const rows = await sql.unsafe<{ story: string }[]>(STORY_DETAIL_SQL, [id], { prepare: true });
      const story = rows[0]?.story;
      if (!story) return reply.code(404).send({ error: "not_found", message: `no story ${id}` });
      return reply
        .type("application/json; charset=utf-8")
        .serializer((payload) => payload as string)
        .send(story);
    },
  );
}
