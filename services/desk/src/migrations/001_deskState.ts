import { type Kysely, sql } from "kysely";

/**
 * The story desk's working memory. It is derived from events (the desk's own decisions and the
 * articles), kept in tables so that the desk resumes where it stood; it is reactor state, not a
 * read model: the decisions it made are in the log as story events.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table desk_stories (
    story_id text primary key, title text not null, governments text[] not null, platforms text[] not null,
    centroid jsonb not null, articles int not null, last_published timestamptz not null)`.execute(db);
  await sql`create index desk_stories_governments on desk_stories using gin (governments)`.execute(db);
  await sql`create index desk_stories_platforms on desk_stories using gin (platforms)`.execute(db);
  await sql`create table desk_articles (article_id text primary key, story_id text not null)`.execute(db);
  await sql`create table desk_terms (term text primary key, df int not null)`.execute(db);
  await sql`create table desk_claims (
    claim_id text primary key, story_id text not null, party text not null, text text not null,
    variants text[] not null default '{}')`.execute(db);
  await sql`create index desk_claims_story on desk_claims (story_id)`.execute(db);
  await sql`create table desk_statements (
    statement_id text primary key, story_id text not null, party text not null, data jsonb not null)`.execute(db);
  await sql`create index desk_statements_story on desk_statements (story_id)`.execute(db);
  await sql`create table desk_contradictions (
    story_id text not null, claim_id text not null, party text not null, type text not null,
    contradiction_id text not null, primary key (story_id, claim_id, party, type))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "desk_contradictions",
    "desk_statements",
    "desk_claims",
    "desk_terms",
    "desk_articles",
    "desk_stories",
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
