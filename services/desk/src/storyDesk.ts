import { createHash } from "node:crypto";
import type { EventData, PushbackEvent } from "@pushback/events";
import { defineReactor, eventId, type NewEvent, type Reactor, type RecordedEvent } from "@pushback/eventstore";
import { articleStream, latestText } from "@pushback/ingestion";
import type { PushbackStore } from "@pushback/runtime";
import {
  type ArticleSignature,
  chooseStory,
  judgeStatement,
  type KnownClaim,
  partyOf,
  type StoryCandidate,
  termFrequencies,
  updateCentroid,
  weigh,
} from "@pushback/stories";
import { type Kysely, sql } from "kysely";

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 20);
export const storyStream = (storyId: string) => `story-${storyId}`;

type Statement = EventData<"StatementExtracted">;

/**
 * The story desk: for each relevant statement, in log order, decides the story its article belongs
 * to (opening one when none fits), then what the statement does to the story's claims: a new claim,
 * one more source of a claim, a reaffirmation, or a denial or clarification, which raises
 * ContradictionDetected once per (claim, responding party, type) and adds evidence after that.
 * Its decisions are events on `story-<id>` streams; its working memory lives in desk_* tables
 * written in the same transaction as its checkpoint.
 */
export function storyDesk(store: PushbackStore): Reactor<PushbackEvent> {
  return defineReactor<PushbackEvent>({
    name: "story_desk",
    dataOf: ["StatementExtracted"],
    async handle(event, { trx }) {
      if (event.type !== "StatementExtracted") return;
      const bound = store.inTransaction(trx);
      const statement = event.data;
      const { storyId, opened } = await storyFor(
        trx,
        bound,
        event as RecordedEvent<{ type: "StatementExtracted"; data: Statement }>,
      );
      const events: NewEvent<PushbackEvent>[] = [...opened];
      events.push(...(await judge(trx, storyId, statement)));
      await bound.append(storyStream(storyId), events);
    },
  });
}

const source = (s: Statement) => ({
  articleId: s.articleId,
  url: s.url,
  outlet: s.outlet,
  title: s.title,
  publishedAt: s.publishedAt,
});

/** The article's story, deciding it (and opening or joining) at the article's first statement. */
async function storyFor(
  trx: Kysely<any>,
  store: PushbackStore,
  event: RecordedEvent<{ type: "StatementExtracted"; data: Statement }>,
): Promise<{ storyId: string; opened: NewEvent<PushbackEvent>[] }> {
  const statement = event.data;
  const known = await trx
    .selectFrom("desk_articles")
    .select("story_id")
    .where("article_id", "=", statement.articleId)
    .executeTakeFirst();
  if (known) return { storyId: known.story_id, opened: [] };

  const articleEvents = await store.readStream(articleStream(statement.articleId));
  const text = latestText(articleEvents)?.text ?? statement.text;
  const statements = articleEvents.filter((e) => e.type === "StatementExtracted").map((e) => e.data as Statement);
  const governments = unique(statements.flatMap((s) => s.actors.governments));
  const platforms = unique(statements.flatMap((s) => s.actors.platforms));
  const published = statement.publishedAt ? Date.parse(statement.publishedAt) : event.createdAt.getTime();

  const tf = termFrequencies(statement.title ?? "", text);
  const terms = Object.keys(tf);
  const documents = Number(
    (await sql<{ n: number }>`select count(*)::int as n from desk_articles`.execute(trx)).rows[0]?.n ?? 0,
  );
  const dfRows = terms.length
    ? await trx.selectFrom("desk_terms").select(["term", "df"]).where("term", "in", terms).execute()
    : [];
  const df = new Map(dfRows.map((row) => [row.term as string, Number(row.df)]));
  const vector = weigh(tf, (term) => df.get(term) ?? 0, documents);
  if (terms.length) {
    await sql`insert into desk_terms (term, df) select unnest(${terms}::text[]), 1
              on conflict (term) do update set df = desk_terms.df + 1`.execute(trx);
  }

  const candidates = (
    await trx
      .selectFrom("desk_stories")
      .selectAll()
      .where((eb) =>
        eb.or([sql<boolean>`governments && ${governments}::text[]`, sql<boolean>`platforms && ${platforms}::text[]`]),
      )
      .execute()
  ).map(
    (row): StoryCandidate => ({
      storyId: row.story_id,
      governments: row.governments,
      platforms: row.platforms,
      centroid: row.centroid,
      lastPublished: new Date(row.last_published).getTime(),
    }),
  );
  const signature: ArticleSignature = { governments, platforms, vector, published };
  const choice = chooseStory(candidates, signature);
  const opened: NewEvent<PushbackEvent>[] = [];
  let storyId = choice.storyId;
  if (!storyId) {
    storyId = hash(`story:${statement.articleId}`);
    await trx
      .insertInto("desk_stories")
      .values({
        story_id: storyId,
        title: statement.title ?? statement.text.slice(0, 120),
        governments,
        platforms,
        centroid: vector as any, // postgres.js encodes jsonb itself
        articles: 1,
        last_published: new Date(published),
      })
      .execute();
    opened.push({
      id: eventId(`StoryOpened:${storyId}`),
      type: "StoryOpened",
      data: {
        storyId,
        title: statement.title ?? statement.text.slice(0, 120),
        governments,
        platforms,
        openedBy: source(statement),
      },
    });
  } else {
    const story = await trx
      .selectFrom("desk_stories")
      .selectAll()
      .where("story_id", "=", storyId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("desk_stories")
      .set({
        governments: unique([...story.governments, ...governments]),
        platforms: unique([...story.platforms, ...platforms]),
        centroid: updateCentroid(story.centroid, story.articles, vector) as any,
        articles: story.articles + 1,
        last_published: new Date(Math.max(new Date(story.last_published).getTime(), published)),
      })
      .where("story_id", "=", storyId)
      .execute();
  }
  for (const mergedStoryId of choice.alsoMatches) opened.push(await mergeStories(trx, storyId, mergedStoryId));
  await trx.insertInto("desk_articles").values({ article_id: statement.articleId, story_id: storyId }).execute();
  opened.push({
    id: eventId(`ArticleLinkedToStory:${storyId}:${statement.articleId}`),
    type: "ArticleLinkedToStory",
    data: { storyId, ...source(statement), similarity: choice.storyId ? choice.score : 1 },
  });
  return { storyId, opened };
}

/**
 * An article that clearly belongs to two stories is evidence that they are one: the younger is
 * folded into the one the article joined. The desk's memory moves over; the event tells readers.
 */
async function mergeStories(
  trx: Kysely<any>,
  storyId: string,
  mergedStoryId: string,
): Promise<NewEvent<PushbackEvent>> {
  const [survivor, merged] = await Promise.all(
    [storyId, mergedStoryId].map((id) =>
      trx.selectFrom("desk_stories").selectAll().where("story_id", "=", id).executeTakeFirstOrThrow(),
    ),
  );
  for (const table of ["desk_articles", "desk_claims", "desk_statements"]) {
    await trx.updateTable(table).set({ story_id: storyId }).where("story_id", "=", mergedStoryId).execute();
  }
  // A contradiction raised in both stories stays one: the survivor's row wins.
  await sql`update desk_contradictions m set story_id = ${storyId}
            where m.story_id = ${mergedStoryId} and not exists (
              select 1 from desk_contradictions s where s.story_id = ${storyId}
                and s.claim_id = m.claim_id and s.party = m.party and s.type = m.type)`.execute(trx);
  await trx.deleteFrom("desk_contradictions").where("story_id", "=", mergedStoryId).execute();
  await trx
    .updateTable("desk_stories")
    .set({
      governments: unique([...survivor!.governments, ...merged!.governments]),
      platforms: unique([...survivor!.platforms, ...merged!.platforms]),
      centroid: updateCentroid(survivor!.centroid, survivor!.articles, merged!.centroid) as any,
      articles: survivor!.articles + merged!.articles,
      last_published: new Date(
        Math.max(new Date(survivor!.last_published).getTime(), new Date(merged!.last_published).getTime()),
      ),
    })
    .where("story_id", "=", storyId)
    .execute();
  await trx.deleteFrom("desk_stories").where("story_id", "=", mergedStoryId).execute();
  return {
    id: eventId(`StoriesMerged:${storyId}:${mergedStoryId}`),
    type: "StoriesMerged",
    data: { storyId, mergedStoryId, reason: "an article matched both stories" },
  };
}

/** What the statement does to the story's claims, as events. */
async function judge(trx: Kysely<any>, storyId: string, statement: Statement): Promise<NewEvent<PushbackEvent>[]> {
  const claims: KnownClaim[] = (
    await trx
      .selectFrom("desk_claims")
      .select(["claim_id", "party", "text", "variants"])
      .where("story_id", "=", storyId)
      .execute()
  ).map((row) => ({ claimId: row.claim_id, party: row.party, text: row.text, variants: row.variants }));
  const party = partyOf(statement.speaker, statement.actors);
  const judged = judgeStatement(claims, toJudge(statement, party, claims), (s) =>
    hash(`claim:${storyId}:${s.statementId}`),
  );
  const events: NewEvent<PushbackEvent>[] = [];
  let claimChanged: KnownClaim | null = null;
  if (judged.claimId && !judged.newClaim && judged.stance === "claim" && statement.kind !== "partial") {
    // The claimant's own fuller wording of the claim: keep a few to read later answers against.
    const updated = await sql`update desk_claims set variants = (variants || ${statement.text}::text)[1:5]
              where claim_id = ${judged.claimId} and not (${statement.text} = any(variants))
                and cardinality(variants) < 5`.execute(trx);
    const claim = claims.find((c) => c.claimId === judged.claimId)!;
    if (Number(updated.numAffectedRows ?? 0) > 0) {
      claimChanged = { ...claim, variants: [...(claim.variants ?? []), statement.text] };
    }
  }
  if (judged.newClaim) {
    claimChanged = judged.newClaim;
    await trx
      .insertInto("desk_claims")
      .values({ claim_id: judged.newClaim.claimId, story_id: storyId, party, text: judged.newClaim.text })
      .execute();
    events.push({
      id: eventId(`ClaimIdentified:${judged.newClaim.claimId}`),
      type: "ClaimIdentified",
      data: {
        storyId,
        claimId: judged.newClaim.claimId,
        text: judged.newClaim.text,
        party,
        statementId: statement.statementId,
      },
    });
  }
  events.push({
    id: eventId(`StatementRecorded:${storyId}:${statement.statementId}`),
    type: "StatementRecorded",
    data: {
      storyId,
      statementId: statement.statementId,
      ...source(statement),
      text: statement.text,
      kind: statement.kind,
      speaker: statement.speaker,
      party,
      stance: judged.stance,
      confidence: judged.confidence,
      cues: judged.cues,
      claimId: judged.claimId,
    },
  });
  const parties = await storyParties(trx, storyId);
  if (judged.response && parties.has(party)) {
    events.push(await contradiction(trx, storyId, judged.response.claim, judged.response.type, party, statement));
  }
  // Feeds deliver out of order: a denial can arrive before the claim it answers. When a claim is
  // new or gains a fuller wording, the story's earlier statements are read against it again.
  if (claimChanged) {
    const earlier = await trx
      .selectFrom("desk_statements")
      .select(["party", "data"])
      .where("story_id", "=", storyId)
      .where("party", "<>", claimChanged.party)
      .execute();
    for (const row of earlier) {
      if (!parties.has(row.party)) continue;
      const previous = row.data as Statement;
      const again = judgeStatement([claimChanged], { ...toJudge(previous, row.party, []), isClaim: false }, () => "");
      if (again.response)
        events.push(await contradiction(trx, storyId, again.response.claim, again.response.type, row.party, previous));
    }
  }
  await trx
    .insertInto("desk_statements")
    .values({ statement_id: statement.statementId, story_id: storyId, party, data: statement as any })
    .onConflict((oc: any) => oc.column("statement_id").doNothing())
    .execute();
  return events;
}

function toJudge(statement: Statement, party: string, claims: KnownClaim[]) {
  return {
    statementId: statement.statementId,
    party,
    text: statement.text,
    isClaim: statement.isClaim || opensPosition(statement, party, claims),
    ...(statement.speaker
      ? {
          speaker: [statement.speaker.name, statement.speaker.role, statement.speaker.organization]
            .filter(Boolean)
            .join(", "),
        }
      : {}),
  };
}

/**
 * Only the parties to the matter (the story's governments and platforms) contradict a claim;
 * a commentator's doubt stays a statement on the timeline.
 */
async function storyParties(trx: Kysely<any>, storyId: string): Promise<Set<string>> {
  const story = await trx
    .selectFrom("desk_stories")
    .select(["governments", "platforms"])
    .where("story_id", "=", storyId)
    .executeTakeFirstOrThrow();
  return new Set([...story.governments, ...story.platforms]);
}

/** ContradictionDetected the first time (claim, party, type) is seen; evidence for it after that. */
async function contradiction(
  trx: Kysely<any>,
  storyId: string,
  claim: KnownClaim,
  type: "denial" | "clarification",
  party: string,
  statement: Statement,
): Promise<NewEvent<PushbackEvent>> {
  const existing = await trx
    .selectFrom("desk_contradictions")
    .select("contradiction_id")
    .where("story_id", "=", storyId)
    .where("claim_id", "=", claim.claimId)
    .where("party", "=", party)
    .where("type", "=", type)
    .executeTakeFirst();
  if (existing) {
    return {
      id: eventId(`ContradictionEvidenceAdded:${existing.contradiction_id}:${statement.statementId}`),
      type: "ContradictionEvidenceAdded",
      data: {
        storyId,
        contradictionId: existing.contradiction_id,
        statementId: statement.statementId,
        text: statement.text,
        speaker: statement.speaker,
        ...source(statement),
      },
    };
  }
  const contradictionId = hash(`contradiction:${storyId}:${claim.claimId}:${party}:${type}`);
  await trx
    .insertInto("desk_contradictions")
    .values({ story_id: storyId, claim_id: claim.claimId, party, type, contradiction_id: contradictionId })
    .execute();
  return {
    id: eventId(`ContradictionDetected:${contradictionId}`),
    type: "ContradictionDetected",
    data: {
      storyId,
      contradictionId,
      type,
      claim: { claimId: claim.claimId, text: claim.text, party: claim.party },
      response: {
        party,
        statementId: statement.statementId,
        text: statement.text,
        speaker: statement.speaker,
        ...source(statement),
      },
    },
  };
}

/**
 * A government or platform's first on-the-record assertion in a story is its position, even when
 * the claim classifier is unsure (it leans on words like "granted" and "agreed"; "has complied with
 * all orders" is a claim too). Only a direct quote qualifies, and only once per party.
 */
function opensPosition(statement: Statement, party: string, claims: KnownClaim[]): boolean {
  const isActor = statement.actors.governments.includes(party) || statement.actors.platforms.includes(party);
  const claimLikelihood = statement.isClaim ? statement.claimConfidence : 1 - statement.claimConfidence;
  return (
    isActor && statement.kind === "full" && claimLikelihood >= 0.35 && !claims.some((claim) => claim.party === party)
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
