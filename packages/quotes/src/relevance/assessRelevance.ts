// Does a quote concern a government's access to a platform (reporting channels, takedowns,
// blocking, data access, local representatives, agreements)? The quote must carry the topic itself;
// the government and the platform may come from its speaker or the story around it, so that "We
// don't grant special access" from a Meta spokesperson in a Kazakhstan story counts.
import type { Relevance, RelevanceContext } from "../types.ts";
import { genericGovernmentWords, genericPlatformWords, topicWords } from "./actorLexicon.ts";
import { findActors } from "./findActors.ts";

const wordList = (words: string[], flags: string) =>
  new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, flags);
const topicRe = wordList(topicWords, "giu");
const govRe = wordList(genericGovernmentWords, "iu");
const platformRe = wordList(genericPlatformWords, "iu");
const govOrgRe =
  /\b(?:ministry|minister|government|authority|commission|regulator|court|justice|parliament|duma|mazhilis|kremlin|inspectorate|office|agency|police|state|president|committee|lawmaker|deputy)\b/i;

export const relevanceThreshold = 0.55;

export function assessRelevance(quoteText: string, context: RelevanceContext = {}): Relevance {
  const reasons: string[] = [];
  const inQuote = findActors(quoteText);
  const speakerText = context.speaker
    ? `${context.speaker.name} ${context.speaker.organization ?? ""} ${context.speaker.role ?? ""}`
    : "";
  const bySpeaker = findActors(speakerText);
  const nearby = findActors(`${context.title ?? ""}\n${context.nearbyText ?? ""}`);
  const article = context.articleText ? dominantActors(context.articleText) : { governments: [], platforms: [] };

  const topicHits = unique([...quoteText.matchAll(topicRe)].map((m) => m[0].toLowerCase()));
  const topic = topicHits.length === 0 ? 0 : topicHits.length === 1 ? 0.6 : 1;
  if (topicHits.length) reasons.push(`topic: ${topicHits.slice(0, 4).join(", ")}`);

  let gov = 0;
  const governments: string[] = [];
  if (inQuote.governments.length) {
    gov = 1;
    governments.push(...inQuote.governments);
    reasons.push(`government named in quote: ${inQuote.governments.join(", ")}`);
  } else if (bySpeaker.governments.length || (context.speaker && govOrgRe.test(speakerText))) {
    gov = 0.8;
    reasons.push("speaker is a state actor");
  } else if (govRe.test(quoteText)) {
    gov = 0.8;
    reasons.push("quote refers to a state actor");
  } else if (nearby.governments.length) {
    gov = 0.5;
    reasons.push("government named around the quote");
  }
  if (gov > 0 && governments.length === 0)
    governments.push(...firstOf(bySpeaker.governments, nearby.governments, article.governments));

  let platform = 0;
  const platforms: string[] = [];
  if (inQuote.platforms.length) {
    platform = 1;
    platforms.push(...inQuote.platforms);
    reasons.push(`platform named in quote: ${inQuote.platforms.join(", ")}`);
  } else if (bySpeaker.platforms.length) {
    platform = 0.8;
    reasons.push("speaker speaks for a platform");
  } else if (platformRe.test(quoteText)) {
    platform = 0.8;
    reasons.push("quote refers to a platform");
  } else if (nearby.platforms.length) {
    platform = 0.5;
    reasons.push("platform named around the quote");
  }
  if (platform > 0 && platforms.length === 0)
    platforms.push(...firstOf(bySpeaker.platforms, nearby.platforms, article.platforms));

  const score = round(0.3 * gov + 0.3 * platform + 0.4 * topic);
  const relevant = score >= relevanceThreshold && gov > 0 && platform > 0 && topic > 0;
  return { relevant, score, actors: { governments: unique(governments), platforms: unique(platforms) }, reasons };
}

/** The most named government and platform of an article, used when a quote only says "the company". */
export function dominantActors(text: string): { governments: string[]; platforms: string[] } {
  const found = findActors(text);
  return { governments: found.governments.slice(0, 1), platforms: found.platforms.slice(0, 1) };
}

function firstOf(...lists: string[][]): string[] {
  return lists.find((l) => l.length > 0) ?? [];
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
