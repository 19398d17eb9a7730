// Finds the speaker phrase in the reporter's words around a quote: the subject before a speech verb
// ("Meta spokesperson Ben McConaghy told ..."), or the phrase after an inverted verb ("said Daria
// Ivanova, a researcher at ...").
import { auxiliaries, speechVerbLemma } from "./cues.ts";
import { frontedPhraseEnd } from "./frontedPhrase.ts";
import { documentWords, groupWords, orgWords, roleWords } from "./nounLexicon.ts";

export interface CueMatch {
  /** The cue as written: the verb and what makes it a cue ("told Reuters", "wrote on X", "according to"). */
  cue: string;
  /** The speaker phrase. */
  mention: string;
  /** Offset of the speaker phrase in the article. */
  position: number;
}

const nounForms = new Set(
  "state states report reports post posts claim claims call calls note notes reply replies response tweet tweets label labels warning promise promises vow vows estimate estimates statement comment comments counter counters".split(
    " ",
  ),
);
const nounMarkers = new Set("a an the its his her their this that in on of our".split(" "));

const word = /[\p{L}\p{N}'’\-/]+/gu;

/** Speech verbs in a segment, with their offsets relative to the segment. */
export function cueVerbs(segment: string): { verb: string; index: number }[] {
  const out: { verb: string; index: number }[] = [];
  for (const m of segment.matchAll(word)) {
    if (!speechVerbLemma(m[0]) || /^\p{Lu}/u.test(m[0])) continue; // "State", "Says" in names
    const index = m.index ?? 0;
    // "called on the government", "called for calm": a phrasal verb, not speech.
    const lemma = speechVerbLemma(m[0]);
    const rest = segment.slice(index + m[0].length);
    const lead = segment.slice(0, index);
    if (lemma === "call" && /^\s+(?:on|for|off|up|in)\b/.test(rest)) continue;
    // "The group, called Energy Control,": a name given, not words said.
    if (lemma === "call" && /,\s*$/.test(lead) && /^\s+[\p{Lu}]/u.test(rest)) continue;
    // "pointed out" is speech; "pointed to", "points" are not.
    if (lemma === "point" && !/^\s+out\b/.test(rest)) continue;
    // "did not respond to a request for comment", "declined to comment": no words were said.
    if (/\b(?:did|does|do|has|have|had|would|could)(?:\s+not|n['’]t)\s+$|\b(?:declined|refused)\s+to\s+$/.test(lead))
      continue;
    // "as if to say": a look, not speech.
    if (/\bas (?:if|though) to\s*$/.test(lead)) continue;
    // "asked five people to perform a task": a request to act.
    // "agreed:" and "agrees that" report speech; "will agree because ..." does not.
    if (lemma === "agree" && !/^\s*(?::|that\b)/.test(rest)) continue;
    // (Not "asked before apologizing to the actor": the words after are no object.)
    if (
      lemma === "ask" &&
      /^\s+(?!(?:before|after|while|as|when|during|if|about|again|then)\b)(?:[\p{L}-]+\s+){1,4}to\s+\p{Ll}/u.test(rest)
    )
      continue;
    // A participle is a cue after a comma or a conjunction (", saying ..."), or after a document
    // ("published a statement saying ..."), not as a modifier ("reporting system").
    if (
      /ing$/.test(m[0]) &&
      !/^\s+that\b/.test(segment.slice(index + m[0].length)) &&
      !/\b(?:begins?|began|begun|starts?|started|keeps?|kept|stopped)\s*$/.test(segment.slice(0, index)) &&
      // ("the man could be heard saying": a verb of perceiving takes the participle too.)
      !/(?:,|\band|\bwhile|\bby|\bafter|\bbefore|\bwithout|\bheard|\bseen|\bcaught)\s*$/.test(
        segment.slice(0, index),
      ) &&
      !/\bwith\s+(?:[\p{L}'’.-]+\s+){0,6}?[\p{Lu}][\p{L}'’.-]+\s*$/u.test(segment.slice(0, index)) &&
      !/\b(?:statement|post|note|notice|letter|message|video|release|report|reply|decree|order)\s*$/.test(
        segment.slice(0, index),
      ) &&
      // ("bypassed the question for a second time saying “...”": after a verb or an adverbial, with
      // the quote right after it, not "a sign saying “...”".)
      !(
        /^\s*(?:["“‘«]|$)/.test(segment.slice(index + m[0].length)) &&
        /\b(?:\p{Ll}+ed|left|went|came|spoke|wrote|time|again|later|earlier|today|question|questions|anyway|simply|once|twice|publicly|repeatedly|bluntly|back)\s*$/u.test(
          segment.slice(0, index),
        )
      )
    )
      continue;
    // "tough to maintain", "maintain the roads": keeping, not claiming; "maintained that ..." is speech.
    if (/^maintain/.test(m[0]) && !/^\s*(?:that\b|[:"“]|,\s*["“])/.test(segment.slice(index + m[0].length))) continue;
    // "in a written reply", "the stated aim": a participle modifying a noun is no verb.
    if (
      /^(?:written|stated|reported|claimed|alleged|promised)$/.test(m[0]) &&
      /\b(?:a|an|the|its|his|her|their|of|by|for|with|on|in)\s*$/i.test(segment.slice(0, index))
    )
      continue;
    // "a blog post", "its transparency report", "the claim": nouns, not verbs.
    if (nounForms.has(m[0].toLowerCase())) {
      const previous = /(\S+)\s*$/.exec(segment.slice(0, index))?.[1] ?? "";
      // `"...," comments Robin Biesbroek`: right after a quote it is the verb.
      const afterQuote =
        /["”’»][,.]?\s*$|[,.]["”’»]\s*$/.test(segment.slice(0, index)) || segment.slice(0, index).trim() === "";
      // "issued a statement warning that ...": a participle after a document is the verb.
      const afterDocument =
        /ing$/.test(m[0]) &&
        (/\b(?:statement|post|note|notice|letter|message|video|release|report|reply)\s*$/.test(
          segment.slice(0, index),
        ) ||
          /^\s+that\b/.test(segment.slice(index + m[0].length)));
      // "Trump’s call with Zelenskiy", "the ministry's report": after an owner it is a noun.
      if (/^[\p{Lu}][\p{L}.-]*['’]s$/u.test(previous) && !/^(?:it|he|she|that|what|there)['’]s$/i.test(previous))
        continue;
      // "His written order states that ...": a document is a subject.
      const afterDocumentNoun = documentWords.has(previous.toLowerCase());
      if (
        !afterQuote &&
        !afterDocument &&
        !afterDocumentNoun &&
        !/^[\p{Lu}]|^(?:he|she|it|they|we|also|and|who|which|that)$/u.test(previous)
      )
        continue;
      // "Two states", "Member states": a quantity before a noun.
      if (/^(?:two|three|four|five|many|some|several|other|all|both|these|those|member|the)$/i.test(previous)) continue;
      const before = segment
        .slice(Math.max(0, index - 30), index)
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .slice(-2);
      if (!afterQuote && !afterDocument && before.some((w) => nounMarkers.has(w))) continue;
    }
    out.push({ verb: m[0], index });
  }
  // "according to" is a cue without a verb.
  for (const m of segment.matchAll(/\baccording to\b/gi)) out.push({ verb: m[0], index: m.index ?? 0 });
  return out.sort((a, b) => a.index - b.index);
}

/** The cue text starting at a verb: "told Reuters", "said in a statement", "wrote on Telegram". */
export function cueAt(segment: string, index: number, verb: string): string {
  const rest = segment.slice(index + verb.length);
  const object =
    /^\s+(?:(?:[\p{Lu}][\p{L}/]+(?:\s[\p{Lu}][\p{L}/]+)?)|reporters|journalists|lawmakers|deputies|parliament)(?=[\s,.;]|$)/u.exec(
      rest,
    );
  const where =
    /^\s+(?:in|on)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|post|blog post|interview|letter|submission|ruling|email|channel|X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|VK|Weibo|platform)\b/u.exec(
      rest,
    );
  if (/^told|^tell/i.test(verb) && object) return `${verb}${object[0]}`;
  if (where) return `${verb}${where[0]}`;
  return verb;
}

// "one woman", "another resident": an unnamed speaker introduced by a quantifier.
const pronounOrDeterminer = /^(?:the|he|she|it|they|we|i|its|his|her|their|one|another)\b/i;
/** "officials", "several lawmakers", "two researchers": an unnamed group as subject. */
const groupStart = new RegExp(
  String.raw`^(?:(?:some|many|several|two|three|four|other|local|senior)\s+)?(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:${[...groupWords].join("|")})\b`,
  "u",
);
const nameOnly = /^(?:[\p{Lu}][\p{L}'’.-]*\s*)+$/u;
/** "coach Petar Segrt": a lowercase title before a name. */
const titledNameShape = /^((?:[\p{Ll}-]+\s+){1,4})[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}]/u;
/** "early retiree Steve Adcock": a lowercase description then a full name ending the phrase. */
const describedName =
  /^(?:(?!(?:of|at|for|in|from|with|by|on|to|the|a|an|and|or)\s)[\p{Ll}-]+\s+){1,4}[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)+$/u;
const titledName = {
  test(c: string): boolean {
    const m = titledNameShape.exec(c);
    const last = m?.[1]?.trim().split(/\s+/).pop() ?? "";
    return (m !== null && roleWords.has(last)) || describedName.test(c.trim());
  },
};
const nameList = /^(?:[\p{Lu}][\p{L}]*|and|of)(?:\s+(?:[\p{Lu}][\p{L}]*|and|of))*$/u;
const listedOrg = /\b(?:Ministry|Committee|Commission|Department|Agency|Office) of\b.*[\p{Lu}][\p{L}]*$/u;
const lowerSubject = /^(?:the|a|an|he|she|it|they|we|i|a source|one|another|his|her|their|its|my|our)\b/;
const firstVerb =
  /\b(?:has|have|had|is|are|was|were|will|would|said|says|told|tells|added|wrote|described|called|denied|insisted|claimed|argued|warned|welcomed|criticised|criticized|questioned)\b/;

/** Finite verbs that end a subject: auxiliaries, common irregular pasts, regular pasts. */
const finiteVerbShape =
  /\b(?:has|have|had|is|are|was|were|will|would|can|could|did|does|gave|made|took|went|came|got|put|left|held|met|sent|spent|brought|kept|led|ran|saw|spoke|began|won|lost|struck|thought|felt|found|stood|sat|paid|heard|told|said|wrote|threw|drew|grew|knew|became|chose|drove|fell|rose|broke|bought|caught|fought|taught|sold|gets|begins|starts|keeps|goes|makes|takes|comes|seems|appears|wants|needs|tries)\b|(?<![-\p{L}])\p{Ll}{2,}ed\b/u;

/** Offset of the first finite verb of a clause (its length when there is none). */
export function firstFiniteVerb(text: string): number {
  const m = finiteVerbShape.exec(text);
  return m ? m.index : text.length;
}

/** The subject at the start of a sentence: the words before its first verb. */
function sentenceSubject(segment: string, segmentOffset: number): { mention: string; position: number } | null {
  const firstMark = segment.search(/["“”«»„]/);
  const head = firstMark >= 0 ? segment.slice(0, firstMark) : segment;
  const verb = firstVerb.exec(head);
  // ("Yiannopoulos essentially threw a lit match ... and accusing": any finite verb ends the subject.)
  const end = Math.min(verb ? verb.index : head.length, firstFiniteVerb(head));
  const subjectText = head.slice(0, end);
  if (!subjectText.trim() || subjectText === segment) return null;
  return subjectBefore(subjectText, segmentOffset);
}

// (", saying he recalled it": a speech participle opens a clause with a subject of its own.)
const subordinators =
  "that|which|but|while|whereas|because|after|before|when|where|since|although|though|once|until|unless|saying|adding|noting|what|why|how|whether";

/**
 * A subordinate or coordinate clause opening before the verb's own subject ("..., after officials
 * complained", "because the regulator said"): the subject is after it. The subject may be a name, a
 * determiner phrase, a pronoun or a plural group noun.
 */
const clauseStart = new RegExp(
  String.raw`(?:\b(?:${subordinators})|(?<!\b(?:such|well|so|just|known|described|seen|regarded|to)\s)\bas)\s+(?=[\p{Lu}]|(?:the|a|an|he|she|it|they|we|its|his|her|their|some|many|several|two|three|${[...groupWords].join("|")})(?:\s|$))`,
  "gu",
);

const clauseLead = new RegExp(String.raw`^(?:;\s*|(?:${subordinators}|and|as)\s+)`);

// ("Then, the Church accused": with its comma too.)
const leadWords =
  /^(?:but|and|yet|so|meanwhile|however|still|then|also|now|later|earlier|while|when|although|though|if|since|once|until|because|as|even|only|just|perhaps|indeed|instead|moreover|afterwards|finally)(?:,\s*|\s+)/i;
const prepositional =
  /^(?:in|on|at|after|before|during|speaking|asked|when|while|as|under|within|since|for|with|by|from|hours|days|a day|according|following|despite|responding|writing|addressing)\b/i;

/** The subject phrase of a clause that ends just before its speech verb. */
export function subjectBefore(segment: string, segmentOffset: number): { mention: string; position: number } | null {
  let s = segment;
  // Drop auxiliaries, adverbs and time phrases between subject and verb.
  for (;;) {
    const trimmed = s
      .replace(/\s+$/, "")
      .replace(
        /(?:,\s*)?\b(?:on|in|last|this|earlier|late|early)\s+(?:[\p{Lu}\d][\p{L}\d]*\.?\s*){1,3}$/u,
        (m, at: number) => (placeOfGroup(s.slice(0, at), m) ? m : ""),
      )
      .replace(/\b(?:a day|a week|hours|days|weeks|months|years)\s+(?:earlier|later|ago)$/i, "");
    const words = trimmed.split(/\s+/);
    const last = words[words.length - 1] ?? "";
    if (auxiliaries.has(last) || /^\p{Ll}+ly$/u.test(last)) {
      s = words.slice(0, -1).join(" ");
      continue;
    }
    if (trimmed === s.replace(/\s+$/, "")) break;
    s = trimmed;
  }
  s = s.replace(/[,\s]+$/, "");
  // "Jones, 45, who lives in Leeds,": an age set off by commas belongs to the name (blanked, so
  // offsets hold).
  s = s.replace(/,\s*\d{1,3}\s*(?=,|$)/g, (m) => " ".repeat(m.length)).replace(/\s+$/, "");
  // "Mark Jones, who says": the relative pronoun's antecedent is the subject.
  s = s.replace(/,\s+who$/, "");
  // "Meta, in a statement sent after the interview, said": an adjunct set off by commas between
  // subject and verb holds no subject (its "after the interview" opens no clause).
  // "..., in which he": a relative clause, whose subject follows.
  const aside =
    /,\s+(?:in|on|at|via|through|during|speaking|writing|responding)\s(?!(?:which|whom)\b)[^,;"“”]{2,100}$/.exec(s);
  if (aside && aside.index > 0) s = s.slice(0, aside.index);
  // "A former official, who spoke on condition of anonymity because he ..., said": the relative
  // clause describes the subject; its own subordinate clauses are no boundary. Not "..., which Meta
  // said": there the relative clause holds the subject.
  const relativeAside =
    /,\s+(?:who|which)\s+(?!(?:the|a|an|he|she|it|they|we|its|his|her|their)\b)\p{Ll}[^,;"“”]{1,200}$/u.exec(s);
  if (relativeAside && relativeAside.index > 0) s = s.slice(0, relativeAside.index);
  // Start after a dateline ("ALMATY, Nov 23 (Wire) - ") and after any quotation in the segment.
  // A title in marks inside the phrase ('the "Pose" actor') is no cut; a closing single mark is, an
  // apostrophe ("Disney’s") is not.
  s = s.replace(/["“]([^"“”]{1,40})["”]/g, (_m, inner: string) => ` ${inner} `);
  const cutAt = Math.max(
    s.lastIndexOf(" - "),
    s.lastIndexOf(" — "),
    ...[...'”"»“'].map((c) => s.lastIndexOf(c)),
    lastMatch(s, /’(?!\p{L})/gu),
  );
  const skipped = cutAt >= 0 ? cutAt + (s[cutAt] === " " ? 3 : 1) : 0;
  const offset = segmentOffset + skipped;
  s = s.slice(skipped);
  // "study lead author Lucas Paganini, a scientist at the Center in Greenbelt, Maryland, and American
  // University in Washington, D.C.,": one long noun phrase (no verb) opened by a name and its
  // apposition; its ", and" lists places, it opens no clause.
  const whole = splitChunks(s);
  const firstName = whole.findIndex((c) => !prepositional.test(c.text));
  const nameHead = whole[firstName];
  if (
    nameHead &&
    whole[firstName + 1] &&
    (nameOnly.test(nameHead.text.trim()) || titledName.test(nameHead.text.trim())) &&
    !leadWords.test(`${nameHead.text.trim()} `) &&
    opensApposition(whole[firstName + 1]!.text) &&
    firstFiniteVerb(s) === s.length
  )
    return {
      mention: s.slice(nameHead.start).trim(),
      position: offset + nameHead.start + (/^\s*/.exec(nameHead.text)?.[0].length ?? 0),
    };
  // Start after the last clause boundary.
  const boundary = Math.max(
    s.lastIndexOf("; "),
    lastMatch(s, clauseStart),
    // Not "Paganini and his team": a name coordinated with its own people is one subject.
    lastMatch(
      s,
      /(?:,\s+|(?<!^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)\s)and\s+(?=the |he |she |it |they |its |his |her )|,\s+and\s+(?=[\p{Lu}])/gu,
    ),
  );
  let start = Math.max(boundary, 0);
  let clause = s.slice(start);
  const lead = clauseLead.exec(clause);
  if (lead) {
    start += lead[0].length;
    clause = clause.slice(lead[0].length);
  }
  // "Last week the company said": a time adverbial before the subject.
  // (Case-sensitive where it matters: under /iu, \p{Lu} would match the "a" of "In a Tumblr post".)
  const timeLead =
    /^(?:last|this|next|earlier|later)\s+(?:week|month|year|summer|spring|autumn|winter|time|night|weekend|morning|evening|afternoon)\s*,?\s+/i.exec(
      clause,
    ) ??
    /^[Oo]n\s+[\p{Lu}\d][\p{L}\d]*\s+(?=the\s|[\p{Lu}])|^[Ii]n\s+[\p{Lu}\d][\p{L}\d]*\s+(?=the\s|[\p{Lu}])/u.exec(
      clause,
    );
  if (timeLead) {
    start += timeLead[0].length;
    clause = clause.slice(timeLead[0].length);
  }
  const leadWord = leadWords.exec(clause);
  if (leadWord) {
    start += leadWord[0].length;
    clause = clause.slice(leadWord[0].length);
  }
  // A coordinated verb ("... and said", "... but warned") or a clause cut by a quote: the subject is
  // the sentence's own, before its first verb.
  if (/^\s*(?:and|but)?\s*$/.test(clause) || /\b(?:and|but)\s*$/.test(clause)) {
    return sentenceSubject(segment, segmentOffset);
  }
  let chunks = splitChunks(clause);
  // Only where nothing but fronted phrases comes before ("Ines Tavares, a lawyer representing X" is an apposition).
  const last = chunks[chunks.length - 1];
  const alone = chunks.slice(0, -1).every((c) => prepositional.test(c.text));
  const cut = last && alone ? frontedPhraseEnd(last.text) : 0;
  if (last && cut > 0) chunks = [...chunks.slice(0, -1), { text: last.text.slice(cut), start: last.start + cut }];
  // A relative clause ("which represents Google, Meta and others") runs to the verb.
  const relative = chunks.findIndex((c, i) => i > 0 && /^(?:who|which|whose)\b/.test(c.text));
  if (relative > 0) chunks = chunks.slice(0, relative);
  let chosen = -1;
  // "Dylan Nelson, a postdoctoral fellow at the Institute in Munich, Germany, and co-author of the
  // study": a name followed by its apposition is the subject, whatever names the apposition holds.
  const named = chunks.findIndex((c) => !prepositional.test(c.text));
  const apposed = chunks[named + 1];
  const nameChunk = chunks[named]?.text ?? "";
  if (apposed && (nameOnly.test(nameChunk) || titledName.test(nameChunk)) && opensApposition(apposed.text))
    chosen = named;
  for (let i = chunks.length - 1; i >= 0 && chosen < 0; i--) {
    const c = chunks[i]!.text;
    // Apposition ("Ines Tavares, a researcher at ..."), unless only fronted phrases come before
    // ("Asked about the fine, a company spokesperson").
    const fronted = chunks.slice(0, i).every((p) => prepositional.test(p.text));
    if (i > 0 && /^(?:a|an|or)\s/i.test(c) && !fronted) continue;
    // "Phil Robertson, the group's ...", "the Evening Courier, the voice of the party,"
    const before = chunks[i - 1]?.text ?? "";
    // "Wray Grimaldi of the University of Otago in Dunedin, New Zealand,": the region of a place.
    if (
      i > 0 &&
      nameOnly.test(c) &&
      c.trim().split(/\s+/).length <= 3 &&
      /\b(?:in|of|from|at|near)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}$/u.test(before)
    )
      continue;
    if (i > 0 && /^the\s/i.test(c) && nameOnly.test(before.replace(/^\s*the\s+/, "")) && !prepositional.test(before))
      continue;
    if (i > 0 && /^[\p{Lu}][\p{L}\p{N}.\- ]*['’]s\s+\p{Ll}/u.test(c)) continue; // "Meta's deputy general counsel"
    if ((i === 0 || fronted) && /^an?\s/i.test(c)) {
      chosen = i;
      break;
    }
    if (/^\p{Ll}+(?!\p{Lu})\b/u.test(c) && !pronounOrDeterminer.test(c) && !groupStart.test(c) && !titledName.test(c))
      continue; // "executive director of ..."
    if (prepositional.test(c) && !pronounOrDeterminer.test(c)) continue; // "In a statement on March 14"
    chosen = i;
    break;
  }
  if (chosen < 0) return null;
  // A list inside a name ("Ministry of Culture, Information, Sports and Youth Policy") was split on commas.
  let listStart = chosen;
  while (listStart > 0 && nameList.test(chunks[listStart]!.text)) listStart--;
  if (listStart < chosen && listedOrg.test(chunks[listStart]!.text)) chosen = listStart;
  // Keep a leading description with a name ("The minister, Aida Balaeva") and the appositions after it.
  let first = chosen;
  // Only a speaker noun joins: "After the hearing, TikTok" is a fronted phrase, not an apposition.
  if (chosen > 0 && isSpeakerDescription(chunks[chosen - 1]!.text) && /^[\p{Lu}]/u.test(chunks[chosen]!.text))
    first = chosen - 1;
  const from = chunks[first]!.start;
  let mention = clause.slice(from).replace(/[,\s]+$/, "");
  // A long apposition ("..., a Syrian refugee who feared retaliation and asked not to be named"):
  // the subject's own chunk is enough.
  if (mention.split(/\s+/).length > 25) mention = chunks[chosen]!.text.replace(/[,\s]+$/, "");
  const words = mention.split(/\s+/).length;
  if (!mention || words > 25) return null;
  // "He instead", "She also": the pronoun is the subject.
  // Case matters: "IT Minister ..." is no pronoun.
  const pronoun = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b/.exec(mention);
  if (pronoun && words > 1 && !/^it['’]s\b/i.test(mention))
    return { mention: pronoun[0], position: offset + start + from };
  if (
    /^\p{Ll}+(?!\p{Lu})\b/u.test(mention) &&
    !lowerSubject.test(mention) &&
    !groupStart.test(mention) &&
    !titledName.test(mention)
  )
    return null;
  return { mention, position: offset + start + from };
}

/** "a researcher at ...", "the group's director", "Meta's deputy counsel", "deputy administrator for ...". */
function opensApposition(chunk: string): boolean {
  // "Eric Reeves, one of the leading voices on Sudan, said".
  if (/^(?:a|an|the|who|whose|one of|among)\s/i.test(chunk)) return true;
  // "Sen. Ben Sasse, R-Neb., called ...": party and state.
  if (/^[RDI]-[\p{Lu}][\p{L}.]*$/u.test(chunk.trim())) return true;
  if (/^[\p{Lu}][\p{L}\p{N}.\- ]*['’]s?\s+\p{Ll}/u.test(chunk)) return true;
  // "CEO of Take-Two", "Senior Vice President of Sales for Dräger", "President Ascom North America".
  const office = chunk
    .trim()
    .split(/\s+(?:of|at|for)\s/)[0]!
    .split(/\s+/);
  if (
    office.length <= 5 &&
    office.every((w) => /^\p{Lu}/u.test(w)) &&
    office.some((w) => roleWords.has(w.toLowerCase()) || /^(?:CEO|CFO|COO|CTO|CMO)$/.test(w))
  )
    return true;
  const words = /^((?:\p{Ll}[\p{L}-]*\s+){0,4}?\p{Ll}[\p{L}-]*)(?:\s+(?:of|at|for|in|with|to)\b|$)/u.exec(chunk)?.[1];
  return words?.split(/\s+/).some((w) => roleWords.has(w)) === true;
}

/** "Students in Novi Sad", "islanders on Hoyness": the place of a plural group is part of the speaker, not a time phrase. */
function placeOfGroup(before: string, phrase: string): boolean {
  if (
    !/^\s*(?:in|on)\s/.test(phrase) ||
    /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
      phrase,
    )
  )
    return false;
  const last = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  return groupWords.has(last);
}

/** "the minister", "the regulator", "the group": a description that can name a speaker. */
function isSpeakerDescription(chunk: string): boolean {
  const m = /^the\s+(\p{Ll}+)$/iu.exec(chunk);
  const head = m?.[1]?.toLowerCase() ?? "";
  return roleWords.has(head) || orgWords.has(head) || groupWords.has(head);
}

function splitChunks(clause: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of clause.matchAll(/,\s+/g)) {
    out.push({ text: clause.slice(start, m.index), start });
    start = (m.index ?? 0) + m[0].length;
  }
  out.push({ text: clause.slice(start), start });
  // ", even the anti-Scottish crowd": an adverb before a chunk's subject is no part of it.
  return out
    .map((c) => {
      const adverb =
        /^(?:even|only|also|just|perhaps|indeed)\s+(?=the\s|a\s|an\s|[\p{Lu}])/u.exec(c.text)?.[0].length ?? 0;
      return { text: c.text.slice(adverb), start: c.start + adverb };
    })
    .filter((c) => c.text.trim());
}

function lastMatch(s: string, re: RegExp): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index ?? -1;
  return last;
}

/** Speaker after an inverted verb: `said Daria Ivanova, a researcher at ...` (up to the sentence end). */
export function subjectAfter(segment: string, segmentOffset: number): { mention: string; position: number } | null {
  const lead = /^\s*/.exec(segment)![0].length;
  const rest = segment.slice(lead);
  const m = /^([^"“”«»„.;:!?]+?)(?:[,.;:!?"“”«»„]\s*)*$/u.exec(rest.replace(/[.\s]+$/, ""));
  // "said Ruffin, who owns a consulting firm and ...": the relative clause is not the name.
  let mention = (m ? m[1]! : rest)
    .trim()
    .replace(/,?\s+(?:who|which|where|whose)\s[\s\S]*$/, "")
    .replace(/,$/, "");
  // "said a WeWork spokesperson when contacted by Reuters": the name ends before a time or
  // subordinate clause (an apposition after a comma keeps its own prepositions).
  const head = mention.split(",")[0]!;
  const adjunct =
    /\s(?:when|while|after|before|as|because|during|via|adding|noting|with\s+a\s+(?:laugh|smile|sigh|shrug|grin|nod|chuckle)|of\s+(?:his|her|their|its)\s|in\s+(?:a|an|the|his|her|its|their|[\p{L}]+['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:statement|interview|post|email|letter|video|speech|call|conference|briefing|note|report|release|filing|blog|op-ed|column|tweet|podcast|news)|at\s+(?:a|an|the)\s+(?:press|news|briefing|conference|event|meeting|hearing|rally|summit|forum))\b/u.exec(
      head,
    );
  if (adjunct) mention = head.slice(0, adjunct.index);
  // A long apposition: the name before its first comma is enough.
  if (mention.split(/\s+/).length > 25) mention = head;
  if (!mention || mention.split(/\s+/).length > 25) return null;
  return { mention, position: segmentOffset + lead };
}
