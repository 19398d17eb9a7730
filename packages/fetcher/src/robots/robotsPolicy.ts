import robotsParser from "robots-parser";
import type { FetchErrorCategory } from "../types.ts";

/** What we remember about one origin's robots.txt. */
export type RobotsPolicy = { readonly kind: "rules"; readonly text: string } | { readonly kind: "allow" | "disallow" };

/**
 * RFC 9309 §2.3.1: a 4xx (but 429) means no rules; a 5xx, a 429 or no answer means "assume
 * everything is disallowed" for now. Redirect trouble and a robots.txt on a refused address
 * count as unavailable (allow): the article fetch itself is still guarded.
 */
export function policyForFailure(category: FetchErrorCategory, httpStatus: number | undefined): RobotsPolicy {
  if (category === "http" && httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500 && httpStatus !== 429) {
    return { kind: "allow" };
  }
  if (category === "redirects" || category === "blocked" || category === "too_large") return { kind: "allow" };
  return { kind: "disallow" };
}

/** Whether `url` may be fetched by `userAgent` under this policy (robots-parser's UA matching). */
export function robotsAllows(policy: RobotsPolicy, robotsUrl: string, url: string, userAgent: string): boolean {
  if (policy.kind !== "rules") return policy.kind === "allow";
  // undefined means the URL is not under this robots.txt's origin: not ours to judge.
  return robotsParser(robotsUrl, policy.text).isAllowed(url, userAgent) !== false;
}
