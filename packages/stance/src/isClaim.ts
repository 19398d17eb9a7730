import { describeCues, detectCues } from "./cues/detectCues.ts";
import type { ClaimResult } from "./labels.ts";
import { negationScopes } from "./text/negation.ts";
import { tokenize } from "./text/tokenize.ts";

/**
 * Whether a lone quote asserts a new fact or agreement ("we have been granted direct and exclusive access"),
 * as opposed to reporting, denying, asking or hedging. Rules only: no claim to compare against.
 */
export function isClaim(statement: string): ClaimResult {
  const tokens = tokenize(statement);
  const cues = detectCues("", [], statement, tokens);
  const assertions = cues.assertions.length;
  const against = cues.refutations.length + cues.hedgedDenials.length + negationScopes(tokens).length;
  const distance = cues.hedges.length + (cues.question ? 1 : 0);
  const claim = assertions > 0 && against === 0 && !cues.question;
  // Evidence for: assertion patterns, first person, reaffirmation; against: negation, hedges, questions.
  const evidence = assertions + (cues.firstPerson ? 0.5 : 0) + 0.5 * cues.reaffirmations.length;
  const confidence = claim
    ? Math.min(0.95, 0.55 + 0.15 * evidence - 0.1 * distance)
    : Math.min(0.95, 0.6 + 0.1 * (against + distance) - 0.1 * assertions);
  return { claim, confidence: Math.round(Math.max(0.05, confidence) * 1000) / 1000, cues: describeCues(cues) };
}
