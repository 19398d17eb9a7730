/**
 * SQL text that renders the `stories.*` read views as the API's JSON, so that a story detail is
 * one prepared statement and one round trip, and Postgres' JSON goes to the client unparsed.
 */

/** A timestamp as JavaScript's toISOString prints it (UTC, milliseconds). */
export const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The sort key of a keyset cursor: microseconds, so that equal milliseconds do not skip rows. */
export const cursorTime = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const storySummaryFields = (s: string) => `
  'storyId', ${s}.story_id, 'title', ${s}.title, 'governments', ${s}.governments, 'platforms', ${s}.platforms,
  'firstSeen', ${iso(`${s}.first_seen`)}, 'lastSeen', ${iso(`${s}.last_seen`)},
  'articleCount', ${s}.articles, 'statementCount', ${s}.statements, 'claimCount', ${s}.claims,
  'contradictionCount', ${s}.contradictions,
  'hasNewDenial', ${s}.has_new_denial, 'hasNewClarification', ${s}.has_new_clarification,
  'latestContradictionAt', ${iso(`${s}.latest_contradiction_at`)}, 'acknowledgedAt', ${iso(`${s}.acknowledged_at`)},
  'mergedInto', ${s}.merged_into`;

export const storySummaryJson = (s: string) => `json_build_object(${storySummaryFields(s)})`;

export const contradictionJson = (c: string) => `json_build_object(
  'contradictionId', ${c}.contradiction_id, 'storyId', ${c}.story_id, 'type', ${c}.type, 'claimId', ${c}.claim_id,
  'claimText', ${c}.claim_text, 'claimParty', ${c}.claim_party, 'responseParty', ${c}.response_party,
  'responseText', ${c}.response_text, 'speakerName', ${c}.speaker_name, 'outlet', ${c}.outlet, 'url', ${c}.url,
  'publishedAt', ${iso(`${c}.published_at`)}, 'detectedAt', ${iso(`${c}.detected_at`)}, 'evidence', ${c}.evidence,
  'acknowledged', ${c}.acknowledged)`;

/** Follows merged_into to the surviving story (a few hops at most), then renders it whole. $1 = story id. */
export const STORY_DETAIL_SQL = `
with recursive chain(id, next, depth) as (
  select story_id, merged_into, 0 from stories.stories where story_id = $1
  union all
  select s.story_id, s.merged_into, c.depth + 1 from stories.stories s join chain c on s.story_id = c.next where c.depth < 16
)
select json_build_object(${storySummaryFields("s")},
  'statements', coalesce((select json_agg(json_build_object(
      'statementId', x.statement_id, 'publishedAt', ${iso("x.published_at")}, 'recordedAt', ${iso("x.recorded_at")},
      'speakerName', x.speaker_name, 'speakerRole', x.speaker_role, 'speakerOrganization', x.speaker_organization,
      'party', x.party, 'stance', x.stance, 'confidence', x.confidence, 'quote', x.quote, 'kind', x.kind,
      'claimId', x.claim_id, 'articleId', x.article_id, 'outlet', x.outlet, 'url', x.url, 'title', x.title)
    order by x.published_at nulls last, x.recorded_at, x.statement_id collate "C")
    from stories.story_statements x where x.story_id = s.story_id), '[]'::json),
  'claims', coalesce((select json_agg(json_build_object(
      'claimId', k.claim_id, 'text', k.text, 'party', k.party, 'firstStatementId', k.first_statement_id,
      'sources', k.sources, 'reaffirmations', k.reaffirmations)
    order by f.published_at nulls last, f.recorded_at nulls last, k.claim_id collate "C")
    from stories.story_claims k left join stories.story_statements f on f.statement_id = k.first_statement_id
    where k.story_id = s.story_id), '[]'::json),
  'contradictions', coalesce((select json_agg(${contradictionJson("c")}
    order by c.detected_at, c.contradiction_id collate "C")
    from stories.story_contradictions c where c.story_id = s.story_id), '[]'::json),
  'sources', coalesce((select json_agg(json_build_object(
      'articleId', a.article_id, 'url', a.url, 'outlet', a.outlet, 'title', a.title,
      'publishedAt', ${iso("a.published_at")}, 'linkedAt', ${iso("a.linked_at")})
    order by a.published_at nulls last, a.linked_at, a.article_id collate "C")
    from stories.story_sources a where a.story_id = s.story_id), '[]'::json)
)::text as story
from stories.stories s
where s.story_id = (select id from chain where next is null order by depth limit 1)`;
