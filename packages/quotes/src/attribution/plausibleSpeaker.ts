// A last check on a speaker's name before it is shown: a subject read from a broken sentence
// ("Trump continues to", "worth noting that it's not uncommon ...", "s") is no speaker, and the
// quote is better treated as having no cue at all.
import {
  companyNouns,
  documentWords,
  groupWords,
  occupationNouns,
  orgWords,
  personNouns,
  roleWords,
} from "./nounLexicon.ts";

const speakerNouns = [personNouns, occupationNouns, groupWords, documentWords, orgWords, companyNouns, roleWords];
const functionWordEnd =
  /\s(?:to|of|the|a|an|and|or|that|is|are|was|were|am|has|have|had|be|it|in|on|for|with|by|as|at)$/i;

export function isPlausibleSpeakerName(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  if (words.length === 1) {
    const w = words[0]!;
    if (/^(?:we|i)$/i.test(w)) return true;
    // A scrap of a word ("s", "ute", "E") is no name; "VW", "UK" and the platform X are. A
    // sentence's opening word ("New signs appeared") is none either.
    if (/^(?:New|The|This|That|These|Those|But|And|Then|There|Here|Meanwhile|However|Some|Many|Most|All)$/.test(w))
      return false;
    if (/^\p{Lu}/u.test(w)) return w.length >= 2 || w === "X";
    return w.length >= 4 || speakerNouns.some((list) => list.has(w.toLowerCase()));
  }
  // The first person and a verb ("I asked") is a sentence, not a name.
  if (/^I\s+\p{Ll}/u.test(name.trim())) return false;
  // A clause cut short ("Trump continues to", "My business provides ... I am").
  if (functionWordEnd.test(name.trim())) return false;
  // A long run of lowercase words is a sentence, not a description ("worth noting that it's ...").
  const lowercase = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return !(
    words.length >= 6 &&
    lowercase >= words.length - 1 &&
    !/^(?:a|an|the|one|two|some|several)$/i.test(words[0]!)
  );
}
