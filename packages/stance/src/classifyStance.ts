import { analysePair } from "./analysePair.ts";
import { type Cues, describeCues } from "./cues/detectCues.ts";
import { POLARITIES, type Polarity, type Stance, type StanceResult } from "./labels.ts";
import { type PolarityWeights, predictPolarity } from "./model/polarityModel.ts";
import trained from "./model/weights.json" with { type: "json" };
import { type SpeakerRole, speakerRole } from "./speakerRole.ts";
import type { Overlap } from "./text/overlap.ts";

const model = trained as unknown as PolarityWeights;

/**
 * Log-odds added to the model for cues that headlines (the model's training data) almost never show but
 * statements in government–platform stories do: a universality answer to an exclusivity claim is a denial,
 * a claimant restating or a first-person assertion is pro-claim, an affirming double negative is not a denial.
 */
function ruleBoosts(cues: Cues): Record<Polarity, number> {
  const refuting = cues.refutations.length + cues.negatedPredicates.length;
  const boosts = { for: 0, against: 0, observing: 0 };
  if (cues.universality.length) boosts.against += 4;
  if (cues.negatedPredicates.length && !cues.doubleNegatives.length) boosts.against += 1;
  if (cues.noComment.length) boosts.observing += 3;
  if (cues.hedgedDenials.length && !cues.doubleNegatives.length) boosts.against += 2;
  if (cues.refutations.length) boosts.against += 1;
  if (cues.doubleNegatives.length && !refuting) {
    boosts.for += 1.5;
    boosts.against -= 1.5;
  }
  if (!refuting && !cues.universality.length) {
    if (cues.supports.length) boosts.for += 1;
    if (cues.reaffirmations.length) boosts.for += 2;
    if (cues.assertions.length && cues.firstPerson) boosts.for += 1;
  }
  return boosts;
}

function adjustedPolarity(scores: Record<Polarity, number>, boosts: Record<Polarity, number>) {
  const logits = POLARITIES.map((p) => Math.log(Math.max(scores[p], 1e-9)) + boosts[p]);
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let k = 1; k < POLARITIES.length; k++) if (exps[k]! > exps[best]!) best = k;
  return { polarity: POLARITIES[best]!, probability: exps[best]! / total };
}

/** Splits the model's polarity into the six stances using the rule cues and the overlap with the claim. */
function refine(polarity: Polarity, cues: Cues, overlapOf: Overlap): { stance: Stance; certainty: number } {
  if (cues.noComment.length) return { stance: "neutral", certainty: 1 };
  const clarifying = cues.clarifications.length;
  const supporting = cues.supports.length;
  // An assertion in a quote (not a headline reporting it) is the claimant making the claim.
  const asserting = cues.assertions.length > 0 && (cues.firstPerson || cues.quoteLike) && !cues.question;
  if (polarity === "against") {
    // A correction of scope ("what we agreed was…", "does not mean…") without a flat "false/deny" is a clarification.
    const flat = cues.refutations.length;
    const scoped = cues.negatedPredicates.length + cues.universality.length;
    if (clarifying && !flat && clarifying >= scoped) return { stance: "clarification", certainty: 0.8 };
    // In a quote, a bare "not" that touches none of the claim's predicates is commentary, not a denial.
    if (cues.quoteLike && !flat && !scoped && !cues.hedgedDenials.length) return { stance: "neutral", certainty: 0.6 };
    return { stance: "denial", certainty: cues.hedgedDenials.length && !flat && !scoped ? 0.75 : 1 };
  }
  if (polarity === "for") {
    if (cues.reaffirmations.length) return { stance: "reaffirmation", certainty: 0.9 };
    if (clarifying && !supporting) return { stance: "clarification", certainty: 0.7 };
    if (asserting && !supporting) return { stance: "claim", certainty: 0.85 };
    // Background that shares only names with the claim ("Nigeria suspended Twitter in 2021") supports nothing.
    // Headlines are all about their claim, quotes are not: a quote must share more of the claim to support it.
    const minCoverage = cues.quoteLike ? 0.35 : 0;
    if (
      !supporting &&
      (overlapOf.claimCoverage < minCoverage || (!overlapOf.sharedPredicates && overlapOf.claimCoverage < 0.2))
    )
      return { stance: "neutral", certainty: 0.6 };
    return { stance: "support", certainty: 1 };
  }
  if (clarifying) return { stance: "clarification", certainty: 0.8 };
  if (asserting && !cues.epistemicHedges) return { stance: "claim", certainty: 0.8 };
  if (supporting && overlapOf.sharedPredicates && !cues.hedges.length && !cues.question) {
    return { stance: "support", certainty: 0.7 };
  }
  return { stance: "neutral", certainty: 1 };
}

/**
 * Who speaks settles what the words alone cannot: the government side restating or explaining its own claim
 * is making that claim, while only someone else can support it.
 */
function applySpeaker(
  refined: { stance: Stance; certainty: number },
  role: SpeakerRole | undefined,
  cues: Cues,
): { stance: Stance; certainty: number } {
  if (!role) return refined;
  const { stance } = refined;
  if (role === "claimant" && (stance === "support" || stance === "neutral")) {
    return { stance: cues.reaffirmations.length ? "reaffirmation" : "claim", certainty: 0.7 };
  }
  if (role !== "claimant" && (stance === "claim" || stance === "reaffirmation")) {
    return { stance: "support", certainty: 0.6 };
  }
  return refined;
}

export interface StanceContext {
  /** Free text naming the speaker: name, role, organisation ("Aida Balaeva, information minister"). */
  speaker?: string;
}

/** classifyStance with an explicit model: training uses it to score cross-validation folds end to end. */
export function classifyWithModel(
  weights: PolarityWeights,
  claim: string,
  statement: string,
  context: StanceContext = {},
): StanceResult {
  const { cues, overlap: overlapOf, features } = analysePair(claim, statement);
  const { polarity, probability } = adjustedPolarity(predictPolarity(weights, features), ruleBoosts(cues));
  const role = context.speaker?.trim() ? speakerRole(context.speaker) : undefined;
  const { stance, certainty } = applySpeaker(refine(polarity, cues, overlapOf), role, cues);
  const described = describeCues(cues);
  if (role) described.push(`speaker: ${role}`);
  return { stance, confidence: Math.round(probability * certainty * 1000) / 1000, cues: described };
}

/**
 * Stance of `statement` (a quote or a headline) toward `claim`: a learned for/against/observing model over
 * n-grams and cue features (trained on Emergent headlines), adjusted and refined by hand-written cues.
 * `context.speaker`, when known, tells the claimant (government side) from the platform and third parties.
 */
export function classifyStance(claim: string, statement: string, context?: StanceContext): StanceResult {
  return classifyWithModel(model, claim, statement, context);
}
