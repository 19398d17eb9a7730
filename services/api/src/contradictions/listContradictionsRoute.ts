import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../http/apiDeps.ts";
import { decodeCursor } from "../http/cursor.ts";
import { toPage } from "../http/page.ts";
import { actorFilters, pageOf, pageQuery, security } from "../http/schemas.ts";
import { contradictionJson, cursorTime } from "../stories/storySql.ts";

interface Query {
  government?: string;
  platform?: string;
  type?: "denial" | "clarification";
  since?: string;
  limit: number;
  cursor?: string;
}

/** GET /api/contradictions: newest detection first, keyset-paginated on (detected_at desc, id). */
export function registerListContradictions(app: FastifyInstance, { database }: ApiDeps): void {
  const sql = database.sql;
  app.get<{ Querystring: Query }>(
    "/api/contradictions",
    {
      schema: {
        tags: ["contradictions"],
        summary: "Denials and clarifications of claims, across stories",
        security,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            ...actorFilters,
            type: { type: "string", enum: ["denial", "clarification"] },
            since: { type: "string", format: "date-time", description: "only contradictions detected since" },
            ...pageQuery,
          },
        },
        response: pageOf("Contradiction"),
      },
    },
    async (request) => {
      const q = request.query;
      const after = q.cursor ? decodeCursor(q.cursor) : null;
      const byStory = q.government || q.platform;
      const rows = await sql<{ item: any; cursor_at: string; cursor_id: string }[]>`
        select ${sql.unsafe(contradictionJson("c"))} as item,
               ${sql.unsafe(cursorTime("c.detected_at"))} as cursor_at, c.contradiction_id as cursor_id
        from stories.story_contradictions c
        ${byStory ? sql`join stories.stories s on s.story_id = c.story_id` : sql``}
        where true
          ${q.government ? sql`and ${q.government} = any(s.governments)` : sql``}
          ${q.platform ? sql`and ${q.platform} = any(s.platforms)` : sql``}
          ${q.type ? sql`and c.type = ${q.type}` : sql``}
          ${q.since ? sql`and c.detected_at >= ${q.since}::timestamptz` : sql``}
          ${after ? sql`and (c.detected_at < ${after.at}::timestamptz or (c.detected_at = ${after.at}::timestamptz and c.contradiction_id > ${after.id}))` : sql``}
        order by c.detected_at desc, c.contradiction_id
        limit ${q.limit + 1}`;
      return toPage(rows, q.limit);
    },
  );
}
