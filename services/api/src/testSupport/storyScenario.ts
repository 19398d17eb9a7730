import type { PushbackEvent } from "@pushback/events";
import { eventId, type NewEvent, type RecordedEvent } from "@pushback/eventstore";

export type StoryNewEvent = NewEvent<PushbackEvent>;

export interface ScenarioOptions {
  storyId: string;
  /** Publication time of the first article; later ones follow by hours. */
  publishedAt: Date;
  government?: string;
  platform?: string;
  /** Appended to the denial quote (tests put markup here to check that it stays text). */
  denialSuffix?: string;
  /** "clarification" makes the platform's answer a clarification instead of a denial. */
  responseType?: "denial" | "clarification";
}

const hours = (base: Date, h: number) => new Date(base.getTime() + h * 3_600_000).toISOString();

/**
 * An invented story shaped like the founding case: a ministry claims exclusive access to a
 * platform's reporting channel (phase 1), the platform answers and the minister insists (phase 2).
 */
export function storyScenario(options: ScenarioOptions): { opening: StoryNewEvent[]; response: StoryNewEvent[] } {
  const { storyId, publishedAt } = options;
  const government = options.government ?? "Kazakhstan";
  const platform = options.platform ?? "Facebook";
  const type = options.responseType ?? "denial";
  const id = (key: string) => eventId(`test:${storyId}:${key}`);
  const article = (n: number, outlet: string) => ({
    articleId: `${storyId}-a${n}`,
    url: `https://${outlet.toLowerCase().replace(/\W+/g, "")}.example/${storyId}/${n}`,
    outlet,
    title: `${government} and ${platform}: report ${n}`,
    publishedAt: hours(publishedAt, (n - 1) * 6),
  });
  const a1 = article(1, "Ministry Press Service");
  const a2 = article(2, "Wire Agency");
  const a3 = article(3, "Capital Daily");
  const claimId = `${storyId}-c1`;
  const ministry = {
    name: "Aida Nurlanova",
    role: "minister of information",
    organization: `${government} Ministry of Information`,
  };
  const spokesperson = { name: "Dana Reyes", role: "spokesperson", organization: "Meta" };
  const claimText = `The ministry has obtained direct and exclusive access to ${platform}'s content reporting system.`;
  const denial = `The process is the same in ${government} as it is for other countries.${options.denialSuffix ?? ""}`;
  const statement = (key: string, source: typeof a1, extra: Record<string, unknown>) =>
    ({
      id: id(key),
      type: "StatementRecorded",
      data: { storyId, ...source, cues: [], ...extra },
    }) as unknown as StoryNewEvent;
  const opening: StoryNewEvent[] = [
    {
      id: id("opened"),
      type: "StoryOpened",
      data: {
        storyId,
        title: `${government} claims exclusive access to ${platform} reporting`,
        governments: [government],
        platforms: [platform],
        openedBy: a1,
      },
    },
    { id: id("link1"), type: "ArticleLinkedToStory", data: { storyId, ...a1, similarity: 1 } },
    statement("s1", a1, {
      statementId: `${storyId}-s1`,
      text: claimText,
      kind: "indirect",
      speaker: ministry,
      party: `${government} government`,
      stance: "claim",
      confidence: 0.91,
      claimId,
    }),
    {
      id: id("claim1"),
      type: "ClaimIdentified",
      data: { storyId, claimId, text: claimText, party: `${government} government`, statementId: `${storyId}-s1` },
    },
  ];
  const response: StoryNewEvent[] = [
    { id: id("link2"), type: "ArticleLinkedToStory", data: { storyId, ...a2, similarity: 0.82 } },
    statement("s2", a2, {
      statementId: `${storyId}-s2`,
      text: denial,
      kind: "full",
      speaker: spokesperson,
      party: "Meta",
      stance: type,
      confidence: 0.87,
      claimId,
    }),
    {
      id: id("contradiction1"),
      type: "ContradictionDetected",
      data: {
        storyId,
        contradictionId: `${storyId}-x1`,
        type,
        claim: { claimId, text: claimText, party: `${government} government` },
        response: { party: "Meta", statementId: `${storyId}-s2`, text: denial, speaker: spokesperson, ...a2 },
      },
    },
    { id: id("link3"), type: "ArticleLinkedToStory", data: { storyId, ...a3, similarity: 0.77 } },
    statement("s3", a3, {
      statementId: `${storyId}-s3`,
      text: "The text of the joint statement was agreed with the company's regional office.",
      kind: "full",
      speaker: ministry,
      party: `${government} government`,
      stance: "reaffirmation",
      confidence: 0.64,
      claimId,
    }),
    {
      id: id("evidence1"),
      type: "ContradictionEvidenceAdded",
      data: {
        storyId,
        contradictionId: `${storyId}-x1`,
        statementId: `${storyId}-s2`,
        text: denial,
        speaker: spokesperson,
        ...a3,
      },
    },
  ];
  return { opening, response };
}

/** The events as the store would return them, one second apart from `start` (for pure tests). */
export function asRecorded(events: StoryNewEvent[], start: Date, streamId: string): RecordedEvent<PushbackEvent>[] {
  return events.map((event, index) => ({
    ...event,
    streamId,
    streamPosition: index + 1,
    globalPosition: index + 1,
    transactionId: String(100 + index),
    metadata: { schemaVersion: 1 },
    createdAt: new Date(start.getTime() + index * 1_000),
  })) as RecordedEvent<PushbackEvent>[];
}
