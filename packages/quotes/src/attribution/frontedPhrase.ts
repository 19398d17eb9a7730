// A fronted phrase run into the subject without a comma: "After the hearing the minister said",
// "During the debate in the capital he said", "the hearing TikTok" (after a cut at "after").
import { groupWords, occupationNouns, orgWords, roleWords } from "./nounLexicon.ts";

const opener =
  /^(?:the|a|an|in|on|at|after|before|during|following|since|despite|under|within|speaking|asked|responding|writing|addressing)$/i;
/** Words after which a new noun phrase cannot start: it continues the phrase ("head of the ..."). */
const continues = new Set(
  "the a an this that these those its his her their our of in on at by for from with to into about over under after before during than as and or but nor per via inside outside near within across behind beyond among between around through".split(
    " ",
  ),
);
const subjectStart = /^(?:the|a|an|he|she|it|they|we)$/;
/** Adjectives before a description's name-modifier: "the former Chelsea manager", "the veteran Labour MP". */
const adjectives =
  /^(?:former|ex|late|then|veteran|retired|outgoing|incoming|embattled|beleaguered|longtime|long-time|current|acting|interim|new|newly|senior|junior|young|elderly|award-winning|two-time|three-time|four-time|five-time|multiple|legendary|fellow|rival|opposition|independent|local|prominent|controversial|disgraced)$/;

/**
 * Offset where the subject starts inside a phrase opened by a preposition or an article, or 0:
 * a noun ends the fronted phrase and an article, pronoun or name starts the subject. A noun that
 * describes the name after it ("the regulator Ofcom", "the rights group Access Now") is no cut.
 */
export function frontedPhraseEnd(phrase: string): number {
  const words = [...phrase.matchAll(/\S+/g)];
  if (words.length < 3 || !opener.test(words[0]![0])) return 0;
  const lastWord = words[words.length - 1]![0].toLowerCase();
  // "The authors of the study published in the journal Nature": an article opening a person noun
  // opens the subject itself.
  const personNoun = (w: string) => roleWords.has(w) || groupWords.has(w) || occupationNouns.has(w);
  if (
    /^(?:the|a|an)$/i.test(words[0]![0]) &&
    personNoun(words[1]![0]) &&
    /^(?:of|to|for|at|from|in)$/.test(words[2]![0])
  )
    return 0;
  for (let j = 2; j < words.length; j++) {
    const previous = words[j - 1]![0];
    const current = words[j]![0];
    // "Speaking on Morning Ireland he": a personal pronoun starts the subject after any word.
    if (/^(?:he|she|they|we)$/.test(current) && !continues.has(previous.toLowerCase())) return words[j]!.index ?? 0;
    if (!/^\p{Ll}+$/u.test(previous) || continues.has(previous)) continue;
    if (subjectStart.test(current)) return words[j]!.index ?? 0;
    const describes =
      roleWords.has(previous) || orgWords.has(previous) || groupWords.has(previous) || adjectives.test(previous);
    // "the former Chelsea manager": a name between an adjective and a person noun modifies the noun.
    const personHead = roleWords.has(lastWord) || occupationNouns.has(lastWord);
    if (/^\p{Lu}/u.test(current) && !describes && !personHead) return words[j]!.index ?? 0;
  }
  return 0;
}
