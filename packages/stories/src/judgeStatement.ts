import { classifyStance, type Stance } from "@pushback/stance";
import { tokenize } from "./termVector.ts";

export interface KnownClaim {
  claimId: string;
  text: string;
  party: string;
  /** Fuller wordings of the same claim from its other sources, read against too. */
  variants?: string[];
}

export interface StatementToJudge {
  statementId: string;
  /** The speaking side; `UNATTRIBUTED` when the article names no speaker. */
  party: string;
  text: string;
  isClaim: boolean;
  /** "name, role, organization" of the speaker: the classifier reads claimant and target sides from it. */
  speaker?: string;
}

/** The party of a statement with no named speaker: it can repeat a claim but never open one. */
export const UNATTRIBUTED = "unattributed";

export interface Judgement {
  stance: Stance;
  confidence: number;
  cues: string[];
  /** The claim made, repeated or answered; null for a neutral statement. */
  claimId: string | null;
  /** Set when the statement makes a claim the story did not have. */
  newClaim: KnownClaim | null;
  /** Set when the statement answers another party's claim with a denial or clarification. */
  response: { claim: KnownClaim; type: "denial" | "clarification" } | null;
}

/** Below this the classifier's word is not taken for a denial or a clarification. */
export const MIN_RESPONSE_CONFIDENCE = 0.45;

function jaccard(a: string, b: string): number {
  const x = new Set(tokenize(a));
  const y = new Set(tokenize(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const token of x) if (y.has(token)) shared++;
  return shared / (x.size + y.size - shared);
}

interface Candidate {
  claim: KnownClaim;
  stance: Stance;
  confidence: number;
  cues: string[];
}

/**
 * A claim is a proposition, not a quote: a statement is first read against the story's claims.
 * Another party's denial or clarification answers a claim; the claimant restating it reaffirms it;
 * the same proposition from the same party is one more source of the claim. Only a statement that
 * asserts something new, and answers nothing, opens a claim; an unattributed one (a reporter's
 * fragment in quotation marks) can only be one more source of a claim the story has.
 */
export function judgeStatement(
  claims: readonly KnownClaim[],
  statement: StatementToJudge,
  newClaimId: (statement: StatementToJudge) => string,
): Judgement {
  let response: Candidate | null = null;
  let repeat: Candidate | null = null;
  let support: Candidate | null = null;

  for (const claim of claims) {
    // A claim is often first seen as a fragment ("direct and exclusive access"): read the statement
    // against every wording of it and keep the surest reading.
    const context = statement.speaker ? { speaker: statement.speaker } : undefined;
    const readings = [claim.text, ...(claim.variants ?? [])].map((text) =>
      classifyStance(text, statement.text, context),
    );
    const best = readings.reduce((a, b) =>
      b.stance !== "neutral" && (a.stance === "neutral" || b.confidence > a.confidence) ? b : a,
    );
    const result = { claim, ...best };
    const sure = result.confidence >= MIN_RESPONSE_CONFIDENCE;
    const unattributed = statement.party === UNATTRIBUTED;
    if (claim.party !== statement.party && !unattributed) {
      if ((result.stance === "denial" || result.stance === "clarification") && sure) {
        if (!response || result.confidence > response.confidence) response = result;
      } else if (result.stance === "support" && sure && !support) {
        support = result;
      }
    } else if (!repeat) {
      const restates = ["reaffirmation", "support", "claim"].includes(result.stance) && sure;
      if (restates || jaccard(claim.text, statement.text) >= 0.35) repeat = result;
    }
  }

  const answer = (candidate: Candidate, stance: Stance, extra: Partial<Judgement> = {}): Judgement => ({
    stance,
    confidence: candidate.confidence,
    cues: candidate.cues,
    claimId: candidate.claim.claimId,
    newClaim: null,
    response: null,
    ...extra,
  });
  if (response) {
    const type = response.stance as "denial" | "clarification";
    return answer(response, type, { response: { claim: response.claim, type } });
  }
  if (repeat) return answer(repeat, repeat.stance === "reaffirmation" ? "reaffirmation" : "claim");
  if (support) return answer(support, "support");
  if (statement.isClaim && statement.party !== UNATTRIBUTED) {
    const claim = { claimId: newClaimId(statement), text: statement.text, party: statement.party };
    return {
      stance: "claim",
      confidence: 1,
      cues: ["asserts a new fact"],
      claimId: claim.claimId,
      newClaim: claim,
      response: null,
    };
  }
  return { stance: "neutral", confidence: 1, cues: [], claimId: null, newClaim: null, response: null };
}
