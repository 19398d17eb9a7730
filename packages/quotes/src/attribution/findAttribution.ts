// Attribution of a direct quote from the reporter's words in its own sentence:
//   "...," Information Minister Aida Balaeva said.      (speaker before the verb, after the quote)
//   "...," said Daria Ivanova, a researcher at ...      (inverted)
//   Meta spokesperson Ben McConaghy said: "..."          (before the quote)
//   The ministry claimed "direct and exclusive access"   (partial: subject of the last verb before it)
import { speechVerbLemma } from "./cues.ts";
import { type CueMatch, cueAt, cueVerbs, firstFiniteVerb, subjectAfter, subjectBefore } from "./subject.ts";

export interface Segment {
  text: string;
  /** Offset of the segment in the article. */
  offset: number;
}

/** From the reporter's words after a closing mark (up to the next quote or the sentence end). */
export function attributionAfter(after: Segment): CueMatch | null {
  // `"...," York said. "..." Smith agreed: "..."`: a clause ending in a colon introduces the next quote.
  const colon = /[.!?]\s+[^.!?]*:\s*$/.exec(after.text);
  if (colon) return attributionAfter({ text: after.text.slice(0, colon.index + 1), offset: after.offset });
  // An infinitive after a quote starts another sentence's verb phrase ("Ford opted instead to write").
  const verbs = cueVerbs(after.text).filter((v) => !/\bto\s+$/.test(after.text.slice(0, v.index)));
  const first = verbs[0];
  // `"..." — Neil Gaiman`: an epigraph signed with a dash.
  const signed = /^\s*[—–]\s*([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*$/u.exec(after.text);
  if (signed) return { cue: "—", mention: signed[1]!, position: after.offset + after.text.indexOf(signed[1]!) };
  if (!first) return documentReads(after) ?? bookism(after);
  const head = after.text.slice(0, first.index);
  const cue = cueAt(after.text, first.index, first.verb);
  if (/^[\s,.;:!?—–-]*$/.test(head)) {
    // Inverted: `" said Daria Ivanova, a researcher at ...`; "according to" reads the same way.
    const tail = after.text.slice(first.index + cue.length);
    const subject = subjectAfter(stripAdjuncts(tail), after.offset + first.index + cue.length);
    return subject ? { cue, ...subject } : null;
  }
  // `"..." despite being the envoy in Brussels, said another witness, Fiona Hill.`: a verb right after a
  // comma that ends the reporter's own words (not a speaker's apposition, `Will Moy, chief of X, told`)
  // is inverted too.
  // `the telescope’s “impressive sensitivity” will be useful ..., says Laura Spitler, an astronomer`:
  // "says" + a name closing the reporter's sentence is inverted however long the words before it.
  const saysName =
    /^(?:says|said)$/.test(first.verb) &&
    /^\s+[\p{Lu}][\p{L}'’.-]+\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)?\s*(?:[,.]|$)/u.test(
      after.text.slice(first.index + cue.length),
    );
  if (
    /,\s*$/.test(head) &&
    (saysName ||
      /^[\s,]*(?:despite|while|although|though|after|before|because|since|when|even|during|being|having|as)\s/.test(
        head,
      )) &&
    !/ing$|^tel|^told/.test(first.verb)
  ) {
    const tail = after.text.slice(first.index + cue.length);
    if (/^\s+(?:(?:the|a|an|another|one)\s|[\p{Lu}])/u.test(tail)) {
      const subject = subjectAfter(stripAdjuncts(tail), after.offset + first.index + cue.length);
      if (subject) return { cue, ...subject };
    }
  }
  const lead = /^[\s,.;:!?—–-]*/.exec(head)![0].length;
  // `"...," Benioff weighed in, telling Cook`: a participle cue's subject comes before the first verb.
  const phrase = /ing$/.test(first.verb) ? head.slice(lead, firstFiniteVerb(head)) : head.slice(lead);
  if (phrase.split(/\s+/).length > 40) return null;
  const subject = subjectBefore(phrase, after.offset + lead);
  if (subject) return { cue, ...subject };
  // `"...," officers said`: right after a quote a short phrase before the verb is its subject.
  // `"...," lead researcher and NASA planetary scientist Lucas Paganini said`: or a phrase ending in a name.
  const bare = phrase.trim();
  const short = /^\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/u.test(bare);
  const endsInName = /^[^,;]{0,80}?\s[\p{Lu}][\p{L}'’.-]+\s+[\p{Lu}][\p{L}'’-]+$/u.test(bare);
  if ((short || endsInName) && !/^(?:and|but|as|so|then)\b/.test(bare))
    return { cue, mention: bare, position: after.offset + lead };
  return null;
}

/**
 * `"Hands up!" an officer ordered.`, `"Go," the sergeant barked.`: any verb in the past or present
 * tense right after a quote, with only a short subject before it and nothing after, attributes it.
 */
function bookism(after: Segment): CueMatch | null {
  // (`“...,” Trump simpered in a morning tweet.`: a short phrase of where or how may follow, or the
  // outlet heard: `“...,” she shares with InStyle.`)
  const m =
    /^[\s,]*((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+(\p{Ll}{3,}(?:ed|s))(?:\s+\p{Ll}+ly)?(?:\s+(?:in|on|at|to|via)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:tweet|post|statement|interview|email|message|video|letter|speech)|\s+(?:with|to)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})?[.!?]?\s*$/u.exec(
      after.text,
    );
  if (!m || /^(?:and|but|or|as|so|then|which|that|it|this)\b/i.test(m[1]!)) return null;
  const subject = subjectBefore(m[1]!, after.offset + after.text.indexOf(m[1]!));
  return subject ? { cue: m[2]!, ...subject } : null;
}

/** `"...," the description on the website reads`: a document quoted with "reads". */
function documentReads(after: Segment): CueMatch | null {
  const m =
    /^[\s,]*((?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|post|description|letter|sign|message|note|tweet|caption|notice|release|banner|placard|headline)\b[^.!?;"“”]{0,40}?)\s+reads?\b/u.exec(
      after.text,
    );
  if (!m) return null;
  return { cue: "reads", mention: m[1]!, position: after.offset + after.text.indexOf(m[1]!) };
}

/**
 * `has been described as “heartbreaking” by the conservation department`: a passive cue before a
 * partial quote, and its agent after it.
 */
export function passiveAgent(before: Segment, after: Segment): CueMatch | null {
  const passive =
    /\b(?:is|are|was|were|been|being|be)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+(?:ed|en))\s+(?:as\s+)?(?:an?\s+|the\s+)?$/u.exec(
      before.text,
    );
  if (!passive || !speechVerbLemma(passive[1]!)) return null;
  const agent =
    /^[\s,]*by\s+((?:the|a|an|[\p{Lu}])[\p{L}'’.-]*(?:\s+(?:of|for|and|the|[\p{L}'’.-]+)){0,6}?)\s*(?=[.,;:!?]|$)/u.exec(
      after.text,
    );
  if (!agent) return null;
  const mention = agent[1]!.replace(/[.,]+$/, "");
  return { cue: passive[1]!, mention, position: after.offset + after.text.indexOf(mention) };
}

/** From the reporter's words before an opening mark (from the sentence start or the previous quote). */
export function attributionBefore(before: Segment): CueMatch | null {
  const lead = /^[\s,.;:!?"“”'’«»„—–-]*/.exec(before.text)![0].length;
  if (lead > 0) return attributionBefore({ text: before.text.slice(lead), offset: before.offset + lead });
  // "Peskov told state television that Moscow would respond “in a mirror way”": a speech verb after
  // a modal or "to", inside the clause another verb reports, is no act of saying; that verb speaks.
  // (Not "her mother will say, “...”": there the modal verb is the only report.)
  const all = cueVerbs(before.text);
  const reported = (v: { index: number }) =>
    /\b(?:would|will|could|might|may|should|must|to)\s+(?:\p{Ll}+ly\s+)?$/u.test(before.text.slice(0, v.index)) &&
    all.some((o) => o.index < v.index && /\bthat\b/.test(before.text.slice(o.index, v.index)));
  const verbs = all.filter((v) => !reported(v));
  const last = verbs[verbs.length - 1];
  if (last) {
    const cue = cueAt(before.text, last.index, last.verb);
    if (/^according to$/i.test(last.verb)) {
      const tail = before.text.slice(last.index + last.verb.length);
      // "According to his aunt, Jane Starner, ...": the name apposed to the description.
      const [source = "", apposed = ""] = tail.split(",");
      const named =
        /^\s*(?:his|her|their|its|the|a|an)\s/i.test(source) &&
        /^\s*[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)+\s*$/u.test(apposed);
      const subject = subjectAfter(
        named ? `${source},${apposed}` : source,
        before.offset + last.index + last.verb.length,
      );
      return subject ? { cue, ...subject } : null;
    }
    // "In one briefing note she was warned that ...": a passive speech verb's subject is the hearer;
    // the speaker is the document the sentence opens with, or unknown.
    if (
      /\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(before.text.slice(0, last.index)) &&
      /ed$|^said$|^told$/.test(last.verb) &&
      // ("Gove is said to believe that ...": the view is still his.)
      !/^\s+to\s+(?!be\b)/.test(before.text.slice(last.index + last.verb.length))
    ) {
      const source =
        /\b[Ii]n\s+((?:a|an|one|the|his|her|its|their|another)\s+(?:[\p{L}-]+\s+){0,2}(?:note|memo|letter|report|email|statement|document|paper|message|cable|minute|minutes))\b/u.exec(
          before.text.slice(0, last.index),
        );
      return source
        ? { cue, mention: source[1]!, position: before.offset + source.index + source[0].indexOf(source[1]!) }
        : // "is said to be “low risk”": hearsay with no source; no speaker, and none carried over.
          { cue, mention: "", position: before.offset + last.index };
    }
    // "..., saying ...", "turned to Twitter last month to describe his city as ...": the sentence's subject.
    // "..., with Foreign Minister Ayman Safadi warning of ...": the participle's own subject.
    const withSubject = /ing$/.test(last.verb)
      ? /\bwith\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{Lu}][\p{L}'’.-]+)\s+$/u.exec(before.text.slice(0, last.index))
      : null;
    if (withSubject) {
      const mention = withSubject[1]!;
      return { cue, mention, position: before.offset + before.text.lastIndexOf(mention, last.index) };
    }
    // `... was "high", Lord Baker added, saying there had been a "degeneration"`: the participle
    // continues the parenthetical speaker, not the sentence's subject.
    const parenthetical = /ing$/.test(last.verb)
      ? /,\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:said|added|says|adds|noted|explained|wrote|told\s+\S+)\s*,\s*$/u.exec(
          before.text.slice(0, last.index),
        )
      : null;
    if (parenthetical) {
      const mention = parenthetical[1]!;
      return { cue, mention, position: before.offset + parenthetical.index + parenthetical[0].indexOf(mention) };
    }
    // "Page would grow animated, and Eric Schmidt would shut him down, saying, ...": the participle
    // belongs to the last clause before it, not to the sentence's first.
    if (/ing$/.test(last.verb)) {
      const head = before.text.slice(0, last.index);
      const coordinated = [
        ...head.matchAll(/(?:,|;)\s+(?:and|but|yet|while)\s+(?=[\p{Lu}]|(?:the|he|she|they)\s)/gu),
      ].pop();
      if (coordinated) {
        const from = coordinated.index + coordinated[0].length;
        const clause = head.slice(from);
        const subject = subjectBefore(clause.slice(0, firstFiniteVerb(clause)), before.offset + from);
        if (subject) return { cue, ...subject };
      }
    }
    if (/ing$/.test(last.verb) || /\bto\s+$/.test(before.text.slice(0, last.index))) {
      const subject = subjectBefore(before.text.slice(0, firstVerbIndex(before.text, verbs)), before.offset);
      return subject ? { cue, ...subject } : null;
    }
    // "The biggest reason advisors get fired, writes Beyer, is “...”": an inverted parenthetical.
    const parentheticalAfter = /^\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}),/u.exec(
      before.text.slice(last.index + last.verb.length),
    );
    if (parentheticalAfter && /,\s*$/.test(before.text.slice(0, last.index)) && /s$|ed$|^said$|^wrote$/.test(last.verb))
      return {
        cue,
        mention: parentheticalAfter[1]!,
        position: before.offset + last.index + last.verb.length + parentheticalAfter[0].indexOf(parentheticalAfter[1]!),
      };
    const subject = subjectBefore(before.text.slice(0, last.index), before.offset);
    // "That mobility remains low suggests “...”, Burtless said": a clause as subject speaks for no one.
    if (subject && /^(?:That|What|Whether|How|Why)\s+\p{Ll}/u.test(subject.mention)) return null;
    if (subject) return { cue, ...subject };
  }
  // `In Dr. Shadlen's words, "..."`; `That, in Smith's words, is "a miracle."`.
  const inWords =
    /\b[Ii]n\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*?)['’]s?\s+(?:own\s+)?words\s*,?\s*(?:(?:is|was|are|were|has been|had been|would be)\s+)?$/u.exec(
      before.text,
    );
  if (inWords)
    return {
      cue: "in the words of",
      mention: inWords[1]!,
      position: before.offset + inWords.index + inWords[0].indexOf(inWords[1]!),
    };
  // `The tweet from Vulture magazine reads, "..."`: a document read out before the quote.
  const reads =
    /((?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|post|description|letter|sign|message|note|tweet|caption|notice|release|banner|placard|headline)\b[^.!?;"“”]{0,40}?)\s+(?:reads|read|said)\s*[,:]?\s*$/iu.exec(
      before.text,
    );
  if (reads) return { cue: "reads", mention: reads[1]!, position: before.offset + reads.index };
  // `As Gaiman put it, "..."`: a source introduced by a saying phrase.
  const asPut =
    /\b[Aa]s\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)*)\s+(?:put it|would say|once said|likes to say|is fond of saying)\s*[,:]\s*$/u.exec(
      before.text,
    );
  if (asPut)
    return { cue: "put it", mention: asPut[1]!, position: before.offset + asPut.index + asPut[0].indexOf(asPut[1]!) };
  // "Khinshtein set out his argument:" - a colon introduces the quote without a speech verb.
  if (/:\s*$/.test(before.text)) {
    const intro = colonSubject(before.text);
    if (intro) return { cue: ":", mention: intro.text, position: before.offset + intro.index };
  }
  return null;
}

function firstVerbIndex(text: string, verbs: { verb: string; index: number }[]): number {
  const finite = verbs.find((v) => !/ing$/.test(v.verb));
  return Math.min(finite ? finite.index : text.length, firstFiniteVerb(text));
}

/** Drops "on Thursday", "in a statement" after an inverted verb so the name comes first. */
function stripAdjuncts(tail: string): string {
  return tail
    .replace(/^\s*(?:on|in|at|late|early)\s+[\p{Lu}\d][\p{L}\d]*(?:\s+\d+)?,?/u, "")
    .replace(
      /^\s*(?:(?:last|this|on|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year)\b,?/iu,
      "",
    );
}

/** "In a long post on Telegram, Khinshtein set out his argument:" -> "Khinshtein". */
function colonSubject(text: string): { text: string; index: number } | null {
  // "Here is how bad it got, in the words of the patient:" / "As Gaiman put it,".
  const words =
    /\b(?:in the words of|as)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)*)(?:\s+put it)?[,:]\s*$/u.exec(
      text,
    );
  if (words && (/in the words of/.test(words[0]) || /put it/.test(words[0])))
    return { text: words[1]!, index: text.lastIndexOf(words[1]!) };
  let index = 0;
  for (const chunk of text.split(/,\s+/)) {
    // ("But here is his text:": a leading conjunction is no speaker.)
    const lead = /^\s*(?:(?:But|And|So|Yet|Then|Now|Still)\s+)?/.exec(chunk)![0].length;
    const body = chunk.slice(lead);
    if (
      !/^(?:in|on|at|after|before|during|speaking|asked|when|while|as|under|within|since|for|with|by|from|addressing|responding|writing|turning|referring|following|despite|according)\b/i.test(
        body,
      )
    ) {
      const m = /^(?:(?:the|a|an)\s+\p{Ll}+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*|he|she|they|it|we)\b/u.exec(
        body,
      );
      // "Here is ...:", "This is ...:": no speaker.
      if (m && /^(?:Here|There|This|That|It|These|Those|What)$/.test(m[0])) return null;
      return m ? { text: m[0], index: index + lead } : null;
    }
    index += chunk.length + 2;
  }
  return null;
}
