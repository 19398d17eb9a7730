import { cosine, type TermVector } from "./termVector.ts";

export interface StoryCandidate {
  storyId: string;
  governments: string[];
  platforms: string[];
  centroid: TermVector;
  /** Publication time of its latest article, ms. */
  lastPublished: number;
}

export interface ArticleSignature {
  governments: string[];
  platforms: string[];
  vector: TermVector;
  published: number;
}

export interface MatchFeatures {
  /** Share of the article's governments and platforms the story also has (0..1), per side. */
  governmentOverlap: number;
  platformOverlap: number;
  similarity: number;
  /** Days between the story's latest article and this one. */
  gapDays: number;
}

const overlap = (a: string[], b: string[]) => {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b.map((x) => x.toLowerCase()));
  return a.filter((x) => other.has(x.toLowerCase())).length / a.length;
};

export function matchFeatures(story: StoryCandidate, article: ArticleSignature): MatchFeatures {
  return {
    governmentOverlap: overlap(article.governments, story.governments),
    platformOverlap: overlap(article.platforms, story.platforms),
    similarity: cosine(article.vector, story.centroid),
    gapDays: Math.abs(article.published - story.lastPublished) / 86_400_000,
  };
}

/**
 * The join-or-open decision, separate from similarity (Miranda et al. 2018): a story is one matter
 * between a government and a platform, so both sides must match; then text similarity, discounted
 * by the time since the story last moved (half-life a month: such matters run for weeks), must
 * clear the bar.
 */
export function joinScore(features: MatchFeatures): number {
  if (features.governmentOverlap === 0 || features.platformOverlap === 0) return 0;
  const entity = (features.governmentOverlap + features.platformOverlap) / 2;
  const decay = 0.5 ** (features.gapDays / 30);
  return (0.5 * entity + 0.5 * Math.min(1, features.similarity * 3)) * decay;
}

export const JOIN_THRESHOLD = 0.5;

export interface StoryChoice {
  storyId: string | null;
  score: number;
  /** Other stories the article also clearly belongs to: evidence that they are one story. */
  alsoMatches: string[];
}

/** Picks the best story for an article, or null to open a new one. */
export function chooseStory(candidates: StoryCandidate[], article: ArticleSignature): StoryChoice {
  const scored = candidates
    .map((story) => ({ storyId: story.storyId, score: joinScore(matchFeatures(story, article)) }))
    .filter((s) => s.score >= JOIN_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return { storyId: null, score: 0, alsoMatches: [] };
  return {
    storyId: best.storyId,
    score: best.score,
    // Every other story the article also joins: the article is evidence that they are one.
    alsoMatches: scored.slice(1).map((s) => s.storyId),
  };
}
