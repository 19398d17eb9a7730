export {
  type Judgement,
  judgeStatement,
  type KnownClaim,
  MIN_RESPONSE_CONFIDENCE,
  type StatementToJudge,
  UNATTRIBUTED,
} from "./judgeStatement.ts";
export {
  type ArticleSignature,
  chooseStory,
  JOIN_THRESHOLD,
  joinScore,
  type MatchFeatures,
  matchFeatures,
  type StoryCandidate,
  type StoryChoice,
} from "./matchStory.ts";
export { type ActorsLike, partyOf, type SpeakerLike } from "./partyOf.ts";
export { cosine, type TermVector, termFrequencies, tokenize, updateCentroid, weigh } from "./termVector.ts";
