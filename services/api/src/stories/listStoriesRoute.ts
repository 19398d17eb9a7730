import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../http/apiDeps.ts";
import { decodeCursor } from "../http/cursor.ts";
import { toPage } from "../http/page.ts";
import { actorFilters, pageOf, pageQuery, security } from "../http/schemas.ts";
import { cursorTime, storySummaryJson } from "./storySql.ts";

interface Query {
  government?: string;
  platform?: string;
  flag?: "new_denial" | "new_clarification" | "new";
  since?: string;
  limit: number;
  cursor?: string;
}

/** GET /api/stories: newest activity first, keyset-paginated on (last_seen desc, story_id). */
export function registerListStories(app: FastifyInstance, { database }: ApiDeps): void {
  const sql = database.sql;
  app.get<{ Querystring: Query }>(
    "/api/stories",
    {
      schema: {
        tags: ["stories"],
        summary: "Stories by latest activity, merged stories hidden",
        security,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            ...actorFilters,
            flag: { type: "string", enum: ["new_denial", "new_clarification", "new"] },
            since: { type: "string", format: "date-time", description: "only stories active since (last_seen >=)" },
            ...pageQuery,
          },
        },
        response: pageOf("StorySummary"),
      },
    },
    async (request) => {
      const q = request.query;
      const after = q.cursor ? decodeCursor(q.cursor) : null;
      const flag =
        q.flag === "new_denial"
          ? sql`and s.has_new_denial`
          : q.flag === "new_clarification"
            ? sql`and s.has_new_clarification`
            : q.flag === "new"
              ? sql`and (s.has_new_denial or s.has_new_clarification)`
              : sql``;
      const rows = await sql<{ item: any; cursor_at: string; cursor_id: string }[]>`
        select ${sql.unsafe(storySummaryJson("s"))} as item,
               ${sql.unsafe(cursorTime("s.last_seen"))} as cursor_at, s.story_id as cursor_id
        from stories.stories s
        where s.merged_into is null
          ${q.government ? sql`and ${q.government} = any(s.governments)` : sql``}
          ${q.platform ? sql`and ${q.platform} = any(s.platforms)` : sql``}
          ${flag}
          ${q.since ? sql`and s.last_seen >= ${q.since}::timestamptz` : sql``}
          ${after ? sql`and (s.last_seen < ${after.at}::timestamptz or (s.last_seen = ${after.at}::timestamptz and s.story_id > ${after.id}))` : sql``}
        order by s.last_seen desc, s.story_id
        limit ${q.limit + 1}`;
      return toPage(rows, q.limit);
    },
  );
}
