import type { PushbackEvent } from "@pushback/events";
import type { RecordedEvent } from "@pushback/eventstore";
import type {
  ClaimView,
  ContradictionView,
  SourceView,
  StatementView,
  StoryDetail,
  StorySummary,
} from "./storyTypes.ts";

type StoryEvent = RecordedEvent<PushbackEvent>;

interface Draft {
  summary: StorySummary;
  statements: Map<string, StatementView>;
  claims: Map<string, ClaimView>;
  contradictions: Map<string, ContradictionView>;
  sources: Map<string, SourceView>;
}

const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);
const earlier = (a: string, b: string) => (a <= b ? a : b);
const later = (a: string, b: string) => (a >= b ? a : b);
/** Byte order, as the SQL's `collate "C"`. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Nulls last, as Postgres' `nulls last`. */
const byTime = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : byText(a, b));

/** The number a Postgres `real` column gives back: the shortest decimal of the nearest float32. */
export function asReal(value: number): number {
  const single = Math.fround(value);
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(single.toPrecision(digits));
    if (Math.fround(candidate) === single) return candidate;
  }
  return single;
}

/**
 * The story `storyId` as it stood at `asOf`: the same rules as the `stories` projection
 * (packages/projections/src/storyViews.ts), applied in memory. Pure: the events of the story and
 * of the stories merged into it come in (log order), the detail (or null when the story did not
 * exist yet) goes out. A merge moves the merged story's timeline, claims, contradictions and
 * sources to the survivor, whose actors, times, flags and counts absorb the merged story's.
 */
export function foldStory(events: readonly StoryEvent[], storyId: string, asOf: Date): StoryDetail | null {
  const drafts = new Map<string, Draft>();
  for (const event of events) {
    if (event.createdAt.getTime() > asOf.getTime()) continue;
    if (event.type === "StoriesMerged") {
      merge(drafts, event.data.storyId, event.data.mergedStoryId);
      continue;
    }
    const id = (event.data as { storyId?: string }).storyId;
    if (id === undefined) continue;
    const draft = apply(drafts.get(id) ?? null, event, drafts);
    if (draft) drafts.set(id, draft);
  }
  const draft = drafts.get(storyId);
  return draft ? render(draft) : null;
}

function merge(drafts: Map<string, Draft>, survivorId: string, mergedId: string): void {
  const survivor = drafts.get(survivorId);
  const merged = drafts.get(mergedId);
  if (!merged) return;
  if (survivor) {
    for (const kind of ["statements", "claims", "contradictions"] as const) {
      for (const [key, value] of merged[kind]) (survivor[kind] as Map<string, typeof value>).set(key, value);
    }
    for (const contradiction of merged.contradictions.values())
      survivor.contradictions.get(contradiction.contradictionId)!.storyId = survivorId;
    for (const [key, value] of merged.sources) if (!survivor.sources.has(key)) survivor.sources.set(key, value);
    const s = survivor.summary;
    const m = merged.summary;
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort(byText);
    s.governments = union(s.governments, m.governments);
    s.platforms = union(s.platforms, m.platforms);
    s.firstSeen = earlier(s.firstSeen, m.firstSeen);
    s.lastSeen = later(s.lastSeen, m.lastSeen);
    s.hasNewDenial ||= m.hasNewDenial;
    s.hasNewClarification ||= m.hasNewClarification;
    s.latestContradictionAt =
      s.latestContradictionAt && m.latestContradictionAt
        ? later(s.latestContradictionAt, m.latestContradictionAt)
        : (s.latestContradictionAt ?? m.latestContradictionAt);
    s.articleCount = survivor.sources.size;
    s.statementCount = survivor.statements.size;
    s.claimCount = survivor.claims.size;
    s.contradictionCount = survivor.contradictions.size;
  }
  // The merged row keeps its summary, points at the survivor, and has no rows of its own left.
  for (const kind of ["statements", "claims", "contradictions", "sources"] as const) merged[kind].clear();
  merged.summary.mergedInto = survivorId;
  for (const draft of drafts.values()) if (draft.summary.mergedInto === mergedId) draft.summary.mergedInto = survivorId;
}

/** Claims and contradictions are found by id across stories, as the projection's updates do. */
function findIn<K extends "claims" | "contradictions">(drafts: Map<string, Draft>, kind: K, id: string) {
  for (const draft of drafts.values()) {
    const found = draft[kind].get(id);
    if (found) return found as Draft[K] extends Map<string, infer V> ? V : never;
  }
  return undefined;
}

function apply(draft: Draft | null, event: StoryEvent, drafts: Map<string, Draft>): Draft | null {
  const at = event.createdAt.toISOString();
  if (event.type === "StoryOpened") {
    if (draft) return draft;
    const d = event.data;
    const seen = iso(d.openedBy.publishedAt) ?? at;
    return {
      summary: {
        storyId: d.storyId,
        title: d.title,
        governments: d.governments,
        platforms: d.platforms,
        firstSeen: seen,
        lastSeen: seen,
        articleCount: 0,
        statementCount: 0,
        claimCount: 0,
        contradictionCount: 0,
        hasNewDenial: false,
        hasNewClarification: false,
        latestContradictionAt: null,
        acknowledgedAt: null,
        mergedInto: null,
      },
      statements: new Map(),
      claims: new Map(),
      contradictions: new Map(),
      sources: new Map(),
    };
  }
  if (!draft) return null;
  const story = draft.summary;
  switch (event.type) {
    case "ArticleLinkedToStory": {
      const d = event.data;
      if (draft.sources.has(d.articleId)) return draft;
      draft.sources.set(d.articleId, {
        articleId: d.articleId,
        url: d.url,
        outlet: d.outlet,
        title: d.title,
        publishedAt: iso(d.publishedAt),
        linkedAt: at,
      });
      const published = iso(d.publishedAt) ?? at;
      story.articleCount += 1;
      story.firstSeen = earlier(story.firstSeen, published);
      story.lastSeen = later(story.lastSeen, published);
      return draft;
    }
    case "StatementRecorded": {
      const d = event.data;
      if (draft.statements.has(d.statementId)) return draft;
      draft.statements.set(d.statementId, {
        statementId: d.statementId,
        publishedAt: iso(d.publishedAt),
        recordedAt: at,
        speakerName: d.speaker?.name ?? null,
        speakerRole: d.speaker?.role ?? null,
        speakerOrganization: d.speaker?.organization ?? null,
        party: d.party,
        stance: d.stance,
        confidence: asReal(d.confidence),
        quote: d.text,
        kind: d.kind,
        claimId: d.claimId,
        articleId: d.articleId,
        outlet: d.outlet,
        url: d.url,
        title: d.title,
      });
      story.statementCount += 1;
      const claim = d.claimId ? findIn(drafts, "claims", d.claimId) : undefined;
      if (
        claim &&
        claim.firstStatementId !== d.statementId &&
        ["claim", "reaffirmation", "support"].includes(d.stance)
      ) {
        claim.sources += 1;
        if (d.stance === "reaffirmation") claim.reaffirmations += 1;
      }
      return draft;
    }
    case "ClaimIdentified": {
      const d = event.data;
      if (draft.claims.has(d.claimId)) return draft;
      draft.claims.set(d.claimId, {
        claimId: d.claimId,
        text: d.text,
        party: d.party,
        firstStatementId: d.statementId,
        sources: 1,
        reaffirmations: 0,
      });
      story.claimCount += 1;
      return draft;
    }
    case "ContradictionDetected": {
      const d = event.data;
      if (draft.contradictions.has(d.contradictionId)) return draft;
      draft.contradictions.set(d.contradictionId, {
        contradictionId: d.contradictionId,
        storyId: d.storyId,
        type: d.type,
        claimId: d.claim.claimId,
        claimText: d.claim.text,
        claimParty: d.claim.party,
        responseParty: d.response.party,
        responseText: d.response.text,
        speakerName: d.response.speaker?.name ?? null,
        outlet: d.response.outlet,
        url: d.response.url,
        publishedAt: iso(d.response.publishedAt),
        detectedAt: at,
        evidence: 1,
        acknowledged: false,
      });
      story.contradictionCount += 1;
      if (d.type === "denial") story.hasNewDenial = true;
      if (d.type === "clarification") story.hasNewClarification = true;
      story.latestContradictionAt = at;
      return draft;
    }
    case "ContradictionEvidenceAdded": {
      const contradiction = findIn(drafts, "contradictions", event.data.contradictionId);
      if (contradiction) contradiction.evidence += 1;
      return draft;
    }
    case "StoryAcknowledged": {
      const upTo = new Date(event.data.upTo).toISOString();
      const open = [...draft.contradictions.values()];
      for (const c of open) if (c.detectedAt <= upTo) c.acknowledged = true;
      story.acknowledgedAt = upTo;
      story.hasNewDenial = open.some((c) => c.type === "denial" && !c.acknowledged);
      story.hasNewClarification = open.some((c) => c.type === "clarification" && !c.acknowledged);
      return draft;
    }
    default:
      return draft;
  }
}

function render(draft: Draft): StoryDetail {
  const statements = [...draft.statements.values()].sort(
    (a, b) =>
      byTime(a.publishedAt, b.publishedAt) ||
      byText(a.recordedAt, b.recordedAt) ||
      byText(a.statementId, b.statementId),
  );
  const first = (claim: ClaimView) => draft.statements.get(claim.firstStatementId);
  const claims = [...draft.claims.values()].sort(
    (a, b) =>
      byTime(first(a)?.publishedAt ?? null, first(b)?.publishedAt ?? null) ||
      byTime(first(a)?.recordedAt ?? null, first(b)?.recordedAt ?? null) ||
      byText(a.claimId, b.claimId),
  );
  const contradictions = [...draft.contradictions.values()].sort(
    (a, b) => byText(a.detectedAt, b.detectedAt) || byText(a.contradictionId, b.contradictionId),
  );
  const sources = [...draft.sources.values()].sort(
    (a, b) =>
      byTime(a.publishedAt, b.publishedAt) || byText(a.linkedAt, b.linkedAt) || byText(a.articleId, b.articleId),
  );
  return { ...draft.summary, statements, claims, contradictions, sources };
}
