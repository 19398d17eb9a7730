/**
 * @pushback/stance — pure stance classification (no I/O).
 *
 * classifyStance(claim, statement) → { stance, confidence, cues }
 *   stance ∈ claim | denial | clarification | support | reaffirmation | neutral; confidence in 0..1;
 *   cues are human-readable evidence strings such as `negated predicate: "did not grant"`.
 * isClaim(statement) → { claim, confidence, cues }: does a lone quote assert a new fact or agreement?
 * toPolarity(stance) → for | against | observing (Emergent's labels: denial → against,
 *   support/reaffirmation → for, the rest → observing).
 */
export { classifyStance } from "./classifyStance.ts";
export { isClaim } from "./isClaim.ts";
export {
  type ClaimResult,
  POLARITIES,
  type Polarity,
  STANCES,
  type Stance,
  type StanceResult,
  toPolarity,
} from "./labels.ts";
