import { eventId } from "@pushback/eventstore";
import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../http/apiDeps.ts";
import { errorResponses, security } from "../http/schemas.ts";

/** POST /api/stories/:id/ack: the caller has seen the story's contradictions up to now. */
export function registerAck(app: FastifyInstance, { database, store }: ApiDeps): void {
  const sql = database.sql;
  app.post<{ Params: { id: string } }>(
    "/api/stories/:id/ack",
    {
      schema: {
        tags: ["stories"],
        summary: "Acknowledge a story: its denial and clarification flags clear once projected",
        security,
        params: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
        },
        response: {
          202: {
            type: "object",
            properties: {
              storyId: { type: "string" },
              by: { type: "string" },
              upTo: { type: "string" },
              eventId: { type: "string" },
            },
          },
          404: { $ref: "Error#" },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const rows = await sql<{ story_id: string }[]>`
        with recursive chain(id, next, depth) as (
          select story_id, merged_into, 0 from stories.stories where story_id = ${request.params.id}
          union all
          select s.story_id, s.merged_into, c.depth + 1 from stories.stories s join chain c on s.story_id = c.next where c.depth < 16
        )
        select id as story_id from chain where next is null order by depth limit 1`;
      const storyId = rows[0]?.story_id;
      if (!storyId) return reply.code(404).send({ error: "not_found", message: `no story ${request.params.id}` });
      const upTo = new Date().toISOString();
      const by = request.caller?.name ?? "unknown";
      const id = eventId(`StoryAcknowledged:${storyId}:${upTo}`);
      await store.append(`story-${storyId}`, [{ id, type: "StoryAcknowledged", data: { storyId, by, upTo } }]);
      return reply.code(202).send({ storyId, by, upTo, eventId: id });
    },
  );
}
