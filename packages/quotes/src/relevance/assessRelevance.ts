// Does a quote concern a government's access to a platform (reporting channels, takedowns,
// blocking, data access, local representatives, agreements)? Evidence comes in layers: the quote's
// own words, its speaker, the sentences around it, and the story (title and lead). So "We don't
// grant special access" from a Meta spokesperson in a Kazakhstan story has actors Kazakhstan + Meta,
// and "nothing to hide" from the minister in that story counts when its sentence is about the deal.
import type { Relevance, RelevanceContext } from "../types.ts";
import { genericGovernmentWords, genericPlatformWords, topicWords, weakTopicWords } from "./actorLexicon.ts";
import { findActors } from "./findActors.ts";

const wordList = (words: string[], flags: string) =>
  new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, flags);
const topicRe = wordList(topicWords, "giu");
const govRe = wordList(genericGovernmentWords, "iu");
const platformRe = wordList(genericPlatformWords, "iu");
const govOrgRe =
  /\b(?:ministry|minister|government|authority|commission|regulator|court|justice|parliament|duma|mazhilis|kremlin|inspectorate|office|agency|police|state|president|committee|lawmaker|deputy)\b/i;

export const relevanceThreshold = 0.4;

interface Evidence {
  weight: number;
  names: string[];
  reason: string;
}

export function assessRelevance(quoteText: string, context: RelevanceContext = {}): Relevance {
  const speakerText = context.speaker
    ? `${context.speaker.name} ${context.speaker.organization ?? ""} ${context.speaker.role ?? ""}`
    : "";
  const inQuote = findActors(quoteText);
  const bySpeaker = findActors(speakerText);
  const nearby = findActors(`${context.title ?? ""}\n${context.nearbyText ?? ""}`);
  const lead = leadOf(context);
  const story = findActors(lead);
  const storyOnTopic =
    story.governments.length > 0 && story.platforms.length > 0 && topicHits(lead).some((w) => !weakTopicWords.has(w));

  const gov = strongest([
    { weight: 1, names: inQuote.governments, reason: "government named in quote" },
    {
      weight: bySpeaker.governments.length || (context.speaker && govOrgRe.test(speakerText)) ? 0.8 : 0,
      names: bySpeaker.governments,
      reason: "speaker is a state actor",
    },
    { weight: govRe.test(quoteText) ? 0.7 : 0, names: [], reason: "quote refers to a state actor" },
    { weight: 0.5, names: nearby.governments, reason: "government named around the quote" },
    { weight: storyOnTopic ? 0.4 : 0, names: story.governments, reason: "government of the story" },
  ]);
  const platform = strongest([
    { weight: 1, names: inQuote.platforms, reason: "platform named in quote" },
    { weight: 0.8, names: bySpeaker.platforms, reason: "speaker speaks for a platform" },
    { weight: platformRe.test(quoteText) ? 0.7 : 0, names: [], reason: "quote refers to a platform" },
    { weight: 0.5, names: nearby.platforms, reason: "platform named around the quote" },
    { weight: storyOnTopic ? 0.4 : 0, names: story.platforms, reason: "platform of the story" },
  ]);

  const quoteTopic = topicHits(quoteText);
  const contextTopic = countTopic(context.nearbyText ?? "");
  const strong = quoteTopic.filter((w) => !weakTopicWords.has(w)).length;
  const topic = strong >= 2 ? 1 : strong === 1 ? 0.7 : quoteTopic.length > 0 ? 0.35 : 0;
  const around = contextTopic === 0 ? 0 : contextTopic === 1 ? 0.5 : 1;

  const reasons: string[] = [];
  if (quoteTopic.length) reasons.push(`topic: ${quoteTopic.slice(0, 4).join(", ")}`);
  if (around) reasons.push("topic in the surrounding sentences");
  if (storyOnTopic) reasons.push("story about a government and a platform");
  reasons.push(...[gov, platform].filter((e) => e.weight > 0).map((e) => e.reason));

  const score = round(0.25 * gov.weight + 0.25 * platform.weight + 0.3 * topic + 0.2 * around);
  const topical = strong > 0 || ((topic > 0 || around > 0) && storyOnTopic);
  const relevant = score >= relevanceThreshold && gov.weight > 0 && platform.weight > 0 && topical;
  return {
    relevant,
    score,
    actors: {
      governments: unique([...gov.names, ...fallbackNames(gov, nearby.governments, story.governments)]),
      platforms: unique([...platform.names, ...fallbackNames(platform, nearby.platforms, story.platforms)]),
    },
    reasons,
  };
}

/** The first piece of evidence that holds, in order of strength. */
function strongest(evidence: Evidence[]): Evidence {
  return (
    evidence.find(
      (e) =>
        e.weight > 0 &&
        (e.names.length > 0 || e.reason.startsWith("quote refers") || e.reason.startsWith("speaker is")),
    ) ?? {
      weight: 0,
      names: [],
      reason: "",
    }
  );
}

/** Names for evidence without names of its own ("the company", "the ministry"): the nearest named ones. */
function fallbackNames(e: Evidence, nearby: string[], story: string[]): string[] {
  if (e.weight === 0 || e.names.length > 0) return [];
  return nearby.length ? nearby : story;
}

/** Title and first paragraph: what the story is about. */
function leadOf(context: RelevanceContext): string {
  const text = context.articleText ?? "";
  const firstBreak = text.indexOf("\n\n");
  return `${context.title ?? ""}\n${firstBreak > 0 ? text.slice(0, firstBreak) : text.slice(0, 600)}`;
}

function topicHits(text: string): string[] {
  return unique([...text.matchAll(topicRe)].map((m) => m[0].toLowerCase()));
}

function countTopic(text: string): number {
  return topicHits(text).length;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
