import type { AlertItem } from "../alertTypes.ts";
import { headerSafe, truncate } from "./headerSafe.ts";

const MAX_SUBJECT = 160;

function possessive(party: string): string {
  return /s$/i.test(party) ? `${party}'` : `${party}'s`;
}

/** "Meta denies Kazakhstan's claim of …" from the parties, the type and the claim. */
export function headline(item: AlertItem): string {
  const verb = item.type === "denial" ? "denies" : "clarifies";
  const claim = truncate(headerSafe(item.claim.text).replace(/^["“”]+|["“”.]+$/g, ""), 70);
  return `${headerSafe(item.response.party)} ${verb} ${possessive(headerSafe(item.claim.party))} claim: “${claim}”`;
}

/**
 * The subject: what happened and in which story. One contradiction: its headline and the story;
 * several: "3 new contradictions: " and the first headline. Always one safe header line.
 */
export function alertSubject(items: AlertItem[]): string {
  const [first] = items;
  if (!first) throw new Error("an alert needs at least one contradiction");
  const story = first.storyTitle ? ` (${truncate(headerSafe(first.storyTitle), 60)})` : "";
  const subject =
    items.length === 1
      ? `${headline(first)}${story}`
      : `${items.length} new contradictions: ${headline(first)}${story}${items.length > 1 ? ` and ${items.length - 1} more` : ""}`;
  return truncate(headerSafe(subject), MAX_SUBJECT);
}
