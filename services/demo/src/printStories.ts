import type { Kysely } from "kysely";
import { sql } from "kysely";

const day = (value: Date | null) =>
  value ? new Date(value).toISOString().slice(0, 16).replace("T", " ") : "          ";
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The stories as a reader of the dashboard would see them: claims, the timeline, contradictions, sources. */
export async function formatStories(db: Kysely<any>): Promise<string> {
  const lines: string[] = [];
  const stories =
    await sql<any>`select * from stories.stories where merged_into is null order by contradictions desc, first_seen`.execute(
      db,
    );
  for (const story of stories.rows) {
    lines.push(
      "",
      `STORY  ${story.title}`,
      `       ${story.governments.join(", ")} × ${story.platforms.join(", ")}  ·  ${story.articles} articles, ${story.statements} statements`,
    );
    const claims = await sql<any>`select * from stories.story_claims where story_id = ${story.story_id}`.execute(db);
    for (const claim of claims.rows) {
      lines.push(
        `  CLAIM  ${claim.party}: "${clip(claim.text, 90)}"  (${claim.sources} sources, ${claim.reaffirmations} reaffirmations)`,
      );
    }
    const contradictions =
      await sql<any>`select * from stories.story_contradictions where story_id = ${story.story_id} order by detected_at`.execute(
        db,
      );
    for (const c of contradictions.rows) {
      lines.push(
        `  ${c.type.toUpperCase().padEnd(13)} ${c.response_party} vs ${c.claim_party}: "${clip(c.response_text, 80)}" (${c.outlet}, ${c.evidence} pieces of evidence)`,
      );
    }
    lines.push("  TIMELINE");
    const statements = await sql<any>`
      select * from stories.story_statements where story_id = ${story.story_id} and stance <> 'neutral'
      order by published_at, recorded_at`.execute(db);
    for (const s of statements.rows) {
      lines.push(
        `    ${day(s.published_at)}  ${s.stance.padEnd(13)} ${clip(s.party, 14).padEnd(14)} "${clip(s.quote, 70)}"  ${s.outlet}`,
      );
    }
    lines.push("  SOURCES");
    const sources =
      await sql<any>`select * from stories.story_sources where story_id = ${story.story_id} order by published_at`.execute(
        db,
      );
    for (const source of sources.rows)
      lines.push(`    ${day(source.published_at)}  ${source.outlet.padEnd(14)} ${source.url}`);
  }
  return lines.join("\n");
}
