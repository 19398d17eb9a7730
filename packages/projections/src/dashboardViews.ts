import { type Kysely, sql } from "kysely";

/** A read-only role that, when it exists, is granted the dashboard views (and only them). */
export const DASHBOARD_ROLE = "pushback_dashboard";

/**
 * Stable SQL views for dashboards (Grafana and the like) in the `dashboard` schema, over the
 * `stories` projection's read views. A rebuild drops `stories` with everything that depends on it,
 * so these are recreated by the projector's afterSwitch, in the switch transaction. Columns are a
 * contract: add, don't rename. Times are timestamptz; days are UTC.
 */
export async function createDashboardViews(trx: Kysely<any>): Promise<void> {
  await sql`drop schema if exists dashboard cascade`.execute(trx);
  await sql`create schema dashboard`.execute(trx);
  await sql`
    create view dashboard.stories as
    select s.story_id, s.title, s.governments, s.platforms,
           array_to_string(s.governments, ', ') as governments_text,
           array_to_string(s.platforms, ', ') as platforms_text,
           s.first_seen, s.last_seen, s.articles, s.statements, s.claims, s.contradictions,
           s.has_new_denial, s.has_new_clarification, s.latest_contradiction_at, s.acknowledged_at
    from stories.stories s
    where s.merged_into is null`.execute(trx);
  await sql`
    create view dashboard.statements as
    select x.statement_id, x.story_id, s.title as story_title,
           coalesce(x.published_at, x.recorded_at) as time, x.published_at, x.recorded_at,
           x.party, x.speaker_name, x.speaker_role, x.speaker_organization, x.stance, x.confidence,
           x.kind, x.quote, x.claim_id, x.outlet, x.url, x.title as article_title
    from stories.story_statements x
    join stories.stories s on s.story_id = x.story_id`.execute(trx);
  await sql`
    create view dashboard.contradictions as
    select c.contradiction_id, c.story_id, s.title as story_title, s.governments, s.platforms,
           array_to_string(s.governments, ', ') as governments_text,
           array_to_string(s.platforms, ', ') as platforms_text,
           c.type, c.claim_party, c.claim_text, c.response_party, c.response_text, c.speaker_name,
           c.outlet, c.url, c.published_at, c.detected_at, c.evidence, c.acknowledged
    from stories.story_contradictions c
    join stories.stories s on s.story_id = c.story_id`.execute(trx);
  await sql`
    create view dashboard.daily_counts as
    select day,
           sum(statements)::int as statements, sum(claims)::int as claims, sum(denials)::int as denials,
           sum(clarifications)::int as clarifications, sum(reaffirmations)::int as reaffirmations,
           sum(contradictions)::int as contradictions_detected, sum(stories)::int as stories_opened
    from (
      select date_trunc('day', coalesce(published_at, recorded_at), 'UTC') as day, 1 as statements,
             (stance = 'claim')::int as claims, (stance = 'denial')::int as denials,
             (stance = 'clarification')::int as clarifications, (stance = 'reaffirmation')::int as reaffirmations,
             0 as contradictions, 0 as stories
      from stories.story_statements
      union all
      select date_trunc('day', detected_at, 'UTC'), 0, 0, 0, 0, 0, 1, 0 from stories.story_contradictions
      union all
      select date_trunc('day', first_seen, 'UTC'), 0, 0, 0, 0, 0, 0, 1 from stories.stories where merged_into is null
    ) counted
    group by day`.execute(trx);
  // Grafana can log in as a role that reads these views and nothing else; the grant is renewed here
  // because a rebuild drops the schema with its grants.
  await sql`
    do $$ begin
      if exists (select 1 from pg_roles where rolname = ${sql.lit(DASHBOARD_ROLE)}) then
        grant usage on schema dashboard to ${sql.id(DASHBOARD_ROLE)};
        grant select on all tables in schema dashboard to ${sql.id(DASHBOARD_ROLE)};
      end if;
    end $$`.execute(trx);
}
