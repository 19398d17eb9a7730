import { stemmer } from "stemmer";

/**
 * Words that stand for the same key predicate in government–platform stories, so "no special arrangement"
 * negates a claim of "exclusive access" and "never shared data" negates "hands over data".
 */
const GROUPS = [
  ["exclusive", "exclusively", "special", "privileged", "preferential", "unique", "sole", "priority"],
  ["access", "channel", "line", "hotline", "tool", "portal", "arrangement", "deal", "agreement"],
  ["grant", "granted", "give", "gave", "given", "provide", "offer", "allow", "hand", "share", "shared", "agree"],
  ["remove", "removal", "delete", "block", "takedown", "withhold", "censor"],
  ["data", "information", "details", "records"],
  ["direct", "directly", "immediate", "immediately"],
];

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((group, i) => {
  for (const word of group) GROUP_OF.set(stemmer(word), i);
});

/** The stem itself plus a marker for its synonym group, if any. */
export function predicateKeys(stem: string): string[] {
  const group = GROUP_OF.get(stem);
  return group === undefined ? [stem] : [stem, `#${group}`];
}
