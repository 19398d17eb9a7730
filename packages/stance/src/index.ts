/**
 * @pushback/stance — pure stance classification (no I/O).
 *
 * classifyStance(claim, statement, context?) → { stance, confidence, cues }
 *   stance ∈ claim | denial | clarification | support | reaffirmation | neutral; confidence in 0..1;
 *   cues are human-readable evidence strings such as `negated predicate: "did not grant"`.
 *   context.speaker (optional free text: "name, role, organisation", as @pushback/quotes extracts it) tells the
 *   government side (claimant) from the platform and third parties; pass it whenever it is known.
 * isClaim(statement) → { claim, confidence, cues }: does a lone quote assert a new fact or agreement?
 * toPolarity(stance) → for | against | observing (Emergent's labels: denial → against,
 *   support/reaffirmation → for, the rest → observing).
 */
export { classifyStance, type StanceContext } from "./classifyStance.ts";
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
export { type SpeakerRole, speakerRole } from "./speakerRole.ts";
