import type { PushbackEvent } from "@pushback/events";
import { defineProjector } from "@pushback/eventstore";
import { type Generated, sql } from "kysely";
import { createDashboardViews } from "./dashboardViews.ts";

/** Tables of the `stories` projection; readers query them as `stories.<table>` (views over the live generation). */
export interface StoryViewTables {
  stories: {
    story_id: string;
    title: string;
    governments: string[];
    platforms: string[];
    first_seen: Date;
    last_seen: Date;
    articles: Generated<number>;
    statements: Generated<number>;
    claims: Generated<number>;
    contradictions: Generated<number>;
    has_new_denial: Generated<boolean>;
    has_new_clarification: Generated<boolean>;
    latest_contradiction_at: Generated<Date | null>;
    acknowledged_at: Generated<Date | null>;
    merged_into: Generated<string | null>;
  };
  story_statements: {
    statement_id: string;
    story_id: string;
    published_at: Date | null;
    recorded_at: Date;
    speaker_name: string | null;
    speaker_role: string | null;
    speaker_organization: string | null;
    party: string;
    stance: string;
    confidence: number;
    quote: string;
    kind: string;
    claim_id: string | null;
    article_id: string;
    outlet: string;
    url: string;
    title: string | null;
  };
  story_claims: {
    claim_id: string;
    story_id: string;
    text: string;
    party: string;
    first_statement_id: string;
    sources: Generated<number>;
    reaffirmations: Generated<number>;
  };
  story_contradictions: {
    contradiction_id: string;
    story_id: string;
    type: string;
    claim_id: string;
    claim_text: string;
    claim_party: string;
    response_party: string;
    response_text: string;
    speaker_name: string | null;
    outlet: string;
    url: string;
    published_at: Date | null;
    detected_at: Date;
    evidence: Generated<number>;
    acknowledged: Generated<boolean>;
  };
  story_sources: {
    story_id: string;
    article_id: string;
    url: string;
    outlet: string;
    title: string | null;
    published_at: Date | null;
    linked_at: Date;
  };
}

const time = (value: string | null) => (value ? new Date(value) : null);

/**
 * Per-story read models: the story list with its flags, the timeline of statements, the claims,
 * the contradictions and the sources. Rebuildable: it reads nothing but its events.
 */
export const storyViews = defineProjector<PushbackEvent, StoryViewTables>({
  name: "stories",
  version: 1,
  dataOf: [
    "StoryOpened",
    "ArticleLinkedToStory",
    "StatementRecorded",
    "ClaimIdentified",
    "ContradictionDetected",
    "ContradictionEvidenceAdded",
    "StoryAcknowledged",
    "StoriesMerged",
  ],
  // The dashboard schema's views depend on ours: recreate them whenever ours are (re)pointed.
  afterSwitch: createDashboardViews,
  async setup(db, schema) {
    const t = (table: string) => sql.id(schema, table);
    await sql`create table ${t("stories")} (
      story_id text primary key, title text not null, governments text[] not null, platforms text[] not null,
      first_seen timestamptz not null, last_seen timestamptz not null,
      articles int not null default 0, statements int not null default 0, claims int not null default 0,
      contradictions int not null default 0, has_new_denial boolean not null default false,
      has_new_clarification boolean not null default false, latest_contradiction_at timestamptz,
      acknowledged_at timestamptz, merged_into text)`.execute(db);
    await sql`create index on ${t("stories")} (last_seen desc, story_id)`.execute(db);
    await sql`create table ${t("story_statements")} (
      statement_id text primary key, story_id text not null, published_at timestamptz, recorded_at timestamptz not null,
      speaker_name text, speaker_role text, speaker_organization text, party text not null, stance text not null,
      confidence real not null, quote text not null, kind text not null, claim_id text, article_id text not null,
      outlet text not null, url text not null, title text)`.execute(db);
    await sql`create index on ${t("story_statements")} (story_id, published_at)`.execute(db);
    await sql`create table ${t("story_claims")} (
      claim_id text primary key, story_id text not null, text text not null, party text not null,
      first_statement_id text not null, sources int not null default 1, reaffirmations int not null default 0)`.execute(
      db,
    );
    await sql`create index on ${t("story_claims")} (story_id)`.execute(db);
    await sql`create table ${t("story_contradictions")} (
      contradiction_id text primary key, story_id text not null, type text not null, claim_id text not null,
      claim_text text not null, claim_party text not null, response_party text not null, response_text text not null,
      speaker_name text, outlet text not null, url text not null, published_at timestamptz, detected_at timestamptz not null,
      evidence int not null default 1, acknowledged boolean not null default false)`.execute(db);
    await sql`create index on ${t("story_contradictions")} (story_id)`.execute(db);
    await sql`create index on ${t("story_contradictions")} (detected_at desc)`.execute(db);
    await sql`create table ${t("story_sources")} (
      story_id text not null, article_id text not null, url text not null, outlet text not null, title text,
      published_at timestamptz, linked_at timestamptz not null, primary key (story_id, article_id))`.execute(db);
  },
  async handle(event, { db, schema }) {
    const at = event.createdAt;
    switch (event.type) {
      case "StoryOpened": {
        const d = event.data;
        await db
          .insertInto("stories")
          .values({
            story_id: d.storyId,
            title: d.title,
            governments: d.governments,
            platforms: d.platforms,
            first_seen: time(d.openedBy.publishedAt) ?? at,
            last_seen: time(d.openedBy.publishedAt) ?? at,
          })
          .onConflict((oc) => oc.column("story_id").doNothing())
          .execute();
        return;
      }
      case "ArticleLinkedToStory": {
        const d = event.data;
        const published = time(d.publishedAt) ?? at;
        const inserted = await db
          .insertInto("story_sources")
          .values({
            story_id: d.storyId,
            article_id: d.articleId,
            url: d.url,
            outlet: d.outlet,
            title: d.title,
            published_at: time(d.publishedAt),
            linked_at: at,
          })
          .onConflict((oc) => oc.columns(["story_id", "article_id"]).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
        await db
          .updateTable("stories")
          .set({
            articles: sql`articles + 1`,
            first_seen: sql`least(first_seen, ${published})`,
            last_seen: sql`greatest(last_seen, ${published})`,
          } as any)
          .where("story_id", "=", d.storyId)
          .execute();
        return;
      }
      case "StatementRecorded": {
        const d = event.data;
        await db
          .insertInto("story_statements")
          .values({
            statement_id: d.statementId,
            story_id: d.storyId,
            published_at: time(d.publishedAt),
            recorded_at: at,
            speaker_name: d.speaker?.name ?? null,
            speaker_role: d.speaker?.role ?? null,
            speaker_organization: d.speaker?.organization ?? null,
            party: d.party,
            stance: d.stance,
            confidence: d.confidence,
            quote: d.text,
            kind: d.kind,
            claim_id: d.claimId,
            article_id: d.articleId,
            outlet: d.outlet,
            url: d.url,
            title: d.title,
          })
          .execute();
        await db
          .updateTable("stories")
          .set({ statements: sql`statements + 1` } as any)
          .where("story_id", "=", d.storyId)
          .execute();
        if (d.claimId && (d.stance === "claim" || d.stance === "reaffirmation" || d.stance === "support")) {
          await db
            .updateTable("story_claims")
            .set({
              sources: sql`sources + 1`,
              reaffirmations: d.stance === "reaffirmation" ? sql`reaffirmations + 1` : sql`reaffirmations`,
            } as any)
            .where("claim_id", "=", d.claimId)
            .where("first_statement_id", "<>", d.statementId)
            .execute();
        }
        return;
      }
      case "ClaimIdentified": {
        const d = event.data;
        await db
          .insertInto("story_claims")
          .values({
            claim_id: d.claimId,
            story_id: d.storyId,
            text: d.text,
            party: d.party,
            first_statement_id: d.statementId,
          })
          .execute();
        await db
          .updateTable("stories")
          .set({ claims: sql`claims + 1` } as any)
          .where("story_id", "=", d.storyId)
          .execute();
        return;
      }
      case "ContradictionDetected": {
        const d = event.data;
        await db
          .insertInto("story_contradictions")
          .values({
            contradiction_id: d.contradictionId,
            story_id: d.storyId,
            type: d.type,
            claim_id: d.claim.claimId,
            claim_text: d.claim.text,
            claim_party: d.claim.party,
            response_party: d.response.party,
            response_text: d.response.text,
            speaker_name: d.response.speaker?.name ?? null,
            outlet: d.response.outlet,
            url: d.response.url,
            published_at: time(d.response.publishedAt),
            detected_at: at,
          })
          .execute();
        await db
          .updateTable("stories")
          .set({
            contradictions: sql`contradictions + 1`,
            has_new_denial: d.type === "denial" ? true : sql`has_new_denial`,
            has_new_clarification: d.type === "clarification" ? true : sql`has_new_clarification`,
            latest_contradiction_at: at,
          } as any)
          .where("story_id", "=", d.storyId)
          .execute();
        return;
      }
      case "ContradictionEvidenceAdded":
        await db
          .updateTable("story_contradictions")
          .set({ evidence: sql`evidence + 1` } as any)
          .where("contradiction_id", "=", event.data.contradictionId)
          .execute();
        return;
      case "StoryAcknowledged": {
        const upTo = new Date(event.data.upTo);
        await db
          .updateTable("story_contradictions")
          .set({ acknowledged: true })
          .where("story_id", "=", event.data.storyId)
          .where("detected_at", "<=", upTo)
          .execute();
        await db
          .updateTable("stories")
          .set({
            acknowledged_at: upTo,
            has_new_denial: sql`exists (select 1 from ${sql.id(schema, "story_contradictions")} c where c.story_id = stories.story_id and c.type = 'denial' and not c.acknowledged)`,
            has_new_clarification: sql`exists (select 1 from ${sql.id(schema, "story_contradictions")} c where c.story_id = stories.story_id and c.type = 'clarification' and not c.acknowledged)`,
          } as any)
          .where("story_id", "=", event.data.storyId)
          .execute();
        return;
      }
      case "StoriesMerged": {
        // The merged story's timeline, claims, contradictions and sources move to the survivor;
        // the merged row stays, pointing at it, so that its id keeps resolving.
        const { storyId, mergedStoryId } = event.data;
        const t = (table: string) => sql.id(schema, table);
        for (const table of ["story_statements", "story_claims", "story_contradictions"]) {
          await sql`update ${t(table)} set story_id = ${storyId} where story_id = ${mergedStoryId}`.execute(db);
        }
        await sql`insert into ${t("story_sources")} (story_id, article_id, url, outlet, title, published_at, linked_at)
                  select ${storyId}, article_id, url, outlet, title, published_at, linked_at
                  from ${t("story_sources")} where story_id = ${mergedStoryId}
                  on conflict (story_id, article_id) do nothing`.execute(db);
        await sql`delete from ${t("story_sources")} where story_id = ${mergedStoryId}`.execute(db);
        await sql`
          update ${t("stories")} s set
            governments = array(select distinct unnest(s.governments || m.governments) order by 1),
            platforms = array(select distinct unnest(s.platforms || m.platforms) order by 1),
            first_seen = least(s.first_seen, m.first_seen), last_seen = greatest(s.last_seen, m.last_seen),
            has_new_denial = s.has_new_denial or m.has_new_denial,
            has_new_clarification = s.has_new_clarification or m.has_new_clarification,
            latest_contradiction_at = greatest(s.latest_contradiction_at, m.latest_contradiction_at),
            articles = (select count(*) from ${t("story_sources")} x where x.story_id = s.story_id),
            statements = (select count(*) from ${t("story_statements")} x where x.story_id = s.story_id),
            claims = (select count(*) from ${t("story_claims")} x where x.story_id = s.story_id),
            contradictions = (select count(*) from ${t("story_contradictions")} x where x.story_id = s.story_id)
          from ${t("stories")} m
          where s.story_id = ${storyId} and m.story_id = ${mergedStoryId}`.execute(db);
        await db.updateTable("stories").set({ merged_into: storyId }).where("story_id", "=", mergedStoryId).execute();
        // Stories merged into the merged one follow it.
        await db
          .updateTable("stories")
          .set({ merged_into: storyId })
          .where("merged_into", "=", mergedStoryId)
          .execute();
        return;
      }
      default:
        return;
    }
  },
});
