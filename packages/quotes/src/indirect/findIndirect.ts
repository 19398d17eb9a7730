// Indirect (reported) speech: a subject, a speech verb and a reported clause, outside quotation marks.
//   McConaghy said [the ministry had been given access to a tool ...].
//   According to the joint statement, [the two sides agreed to cooperate ...].
// A clause that contains a direct quote is left to the direct quote (reported as a partial quote).
import { isClauseVerb, speechVerbLemma } from "../attribution/cues.ts";
import { cueAt, cueVerbs, firstFiniteVerb, subjectAfter, subjectBefore } from "../attribution/subject.ts";
import type { Range } from "../text/sentences.ts";

export interface IndirectSpeech {
  start: number;
  end: number;
  cue: string;
  mention: string;
  mentionPosition: number;
}

// A reported clause starts with its subject: not with a preposition, an auxiliary or a wh-word.
const notSubject =
  /^(?:in|on|at|to|for|with|by|from|during|after|before|about|over|would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|be|been|being|how|why|what|which|who|whether|when|where|if|so|as|than|and|or|but|goodbye|hello|sorry|thanks|yes)\b/i;
const auxiliary = /\b(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should|did|does|do|been)\b/;
// Where a reported clause stops: a participle or another attribution, a second verb of the
// subject ("... and referred questions"), a time clause ("..., a day after ...").
const clauseEnd = new RegExp(
  [
    String.raw`,\s+(?:according to|\p{Ll}+ing)\b`,
    String.raw`\s+but\s+(?:\w+\s+)?(?:warned|said|added|noted|insisted)\b`,
    String.raw`,\s+but\s`,
    String.raw`\s+but\s+(?:declined|refused|did not|would not|could not|gave no)\b`,
    String.raw`;\s`,
    String.raw`,\s+(?:he|she|they|it|the \w+)\s+(?:said|says|added|told)\b`,
    String.raw`,\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:explanation|claim|move|step|statement|shift|change|departure|reversal|decision|blow|sign|rebuke|setback|victory|first)\b`,
    String.raw`,\s+(?:(?:a|one) (?:day|week|month)|days|hours|weeks|shortly|soon|just|even)?\s*(?:after|before|as|when|while)\s`,
    String.raw`\s+and\s+(?:then\s+)?(?:referred|declined|refused|urged|called|asked|promised|vowed|pledged|added|said|told|warned|noted)\s`,
  ].join("|"),
  "u",
);
const zeroThatVerbs = new Set([
  "say",
  "add",
  "write",
  "argue",
  "warn",
  "claim",
  "insist",
  "suggest",
  "reply",
  "admit",
  "post",
  "confirm",
  "announce",
  "acknowledge",
  "note",
  "state",
  "predict",
  "stress",
  "caution",
]);

/** Without "that", a reported clause needs a finite verb ("the company had failed ..."). */
const finiteVerb =
  /\b(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should|did|does|do|won|lost|made|took|gave|went|saw|knew|thought|found|became|got|kept|left|put|set|ran|held|brought|meant|sent|paid|met|told|said|felt|stood|began|spoke|came|grew|showed|led|fell|rose|chose|wrote)\b|(?<![-\p{L}])\p{Ll}{2,}ed\b/u;

// "[Meta will open an office in Phnom Penh], the ministry said on Wednesday, a move ...": the
// attribution after the clause, at the end of the sentence.
const postposedAttribution =
  /,\s+((?:(?:the|a|an|its|his|her|their)\s+[^,;"“”()]{1,60}?|[\p{Lu}][^,;"“”()]{0,60}?)(?:,\s+[^,;"“”()]{1,90},)?|he|she|they|we)\s+((?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes|announced|confirmed|stated|warned|noted|argued|insisted))\b([^,;.!?"“”]{0,60})(?:,[^"“”]*)?[.!?]?\s*$/u;
// "HANOI, April 7 (Wire) - ", "PHNOM PENH — ", "(Reuters) - ".
const dateline =
  /^(?:[\p{Lu}][\p{Lu}\s.'’-]+(?:,\s*[\p{L}.]+\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[—–-]\s+|\([^)]{1,40}\)\s*[—–-]\s+)/u;

/** A reported clause that opens its sentence, with its speaker and verb after it. */
function postposed(s: Range, sentence: string): IndirectSpeech | null {
  const m = postposedAttribution.exec(sentence);
  if (!m || /\b(?:that|which|who)\b/.test(m[3]!) || hasFiniteVerb(m[1]!) || hasFiniteVerb(m[3]!)) return null;
  const lead = dateline.exec(sentence)?.[0].length ?? 0;
  const clause = sentence.slice(lead, m.index);
  if (clause.split(/\s+/).length < 4 || notSubject.test(clause) || !hasFiniteVerb(clause)) return null;
  // ("In the end, he said", "Asked about it, she said": a fronted phrase is no clause.)
  if (/^(?:asked|speaking|in|at|on|after|before|when|while|if|as)\b/i.test(clause)) return null;
  return {
    start: s.start + lead,
    end: s.start + m.index,
    cue: m[2]!.replace(/^also\s+/, ""),
    mention: m[1]!,
    mentionPosition: s.start + m.index + m[0].indexOf(m[1]!),
  };
}

/** A finite verb: the list above, or one that ends a subject (auxiliaries, present forms). */
function hasFiniteVerb(clause: string): boolean {
  return finiteVerb.test(clause) || firstFiniteVerb(clause) < clause.length;
}

export function findIndirect(text: string, sentences: Range[], quoted: Range[]): IndirectSpeech[] {
  const out: IndirectSpeech[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const verbs = cueVerbs(sentence);
    for (const v of verbs) {
      const at = s.start + v.index;
      if (quoted.some((q) => at >= q.start - 1 && at < q.end + 1)) continue;
      const according = /^according to$/i.test(v.verb);
      if (!according && !isClauseVerb(v.verb)) continue;
      const found = according ? accordingTo(s, sentence, v.index) : reported(s, sentence, v);
      if (!found) continue;
      if (quoted.some((q) => q.start < found.end && q.end > found.start)) continue;
      if (out.some((o) => o.start < found.end && o.end > found.start)) continue;
      out.push(found);
    }
    const after = postposed(s, sentence);
    if (
      after &&
      !quoted.some((q) => q.start < s.end && q.end > s.start) &&
      !out.some((o) => o.start < after.end && o.end > after.start)
    )
      out.push(after);
    // "... said it had X and that [Y]": a second reported clause of the same speaker.
    for (const m of sentence.matchAll(/,?\s+(?:and|but) that\s+/g)) {
      const first = out.find((o) => o.start >= s.start && o.end <= s.end) ?? reportedBefore(s, sentence, m.index ?? 0);
      if (!first) continue;
      const start = s.start + (m.index ?? 0) + m[0].length;
      const end = s.start + sentence.replace(/[\s.!?,:;]+$/, "").length;
      if (end - start < 10 || quoted.some((q) => q.start < end && q.end > start)) continue;
      const found = { ...first, start, end };
      const overlapping = out.find((o) => o.start < end && o.end > start);
      if (overlapping) overlapping.end = start - m[0].length; // split "A and that B" in two
      out.push(found);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The speaker of a sentence's first speech verb before an index, for coordinated clauses. */
function reportedBefore(s: Range, sentence: string, index: number): IndirectSpeech | null {
  const verb = cueVerbs(sentence.slice(0, index)).find((v) => isClauseVerb(v.verb));
  if (!verb) return null;
  const subject = subjectBefore(sentence.slice(0, verb.index), s.start);
  if (!subject) return null;
  return {
    start: 0,
    end: 0,
    cue: cueAt(sentence, verb.index, verb.verb),
    mention: subject.mention,
    mentionPosition: subject.position,
  };
}

function reported(s: Range, sentence: string, v: { verb: string; index: number }): IndirectSpeech | null {
  // "“...?” said Hill, who will testify": a verb right after a closing mark is inverted; what follows
  // it is the speaker, not a clause.
  if (/["”’»][\s,]*$/u.test(sentence.slice(0, v.index))) return null;
  const afterVerb = v.index + v.verb.length;
  const rest = sentence.slice(afterVerb);
  let clauseStart: number;
  const that = /^((?:\s+(?!that\b)[^\s"“”«»„.;]+){0,10}?)(?<!\bso|\bsuch|\bnow|\bgiven|\bexcept)\s+that\s+/u.exec(rest);
  // "that" is the complementiser only right after the verb, its adjuncts ("on Tuesday", "in a
  // statement") or the hearer of "told"; elsewhere it opens a relative clause ("platforms that refused").
  const between = that?.[1]?.trim() ?? "";
  const complementiser =
    that !== null &&
    !between.includes(",") &&
    !auxiliary.test(between) &&
    (between === "" ||
      /^(?:in|on|at|by|for|during|last|this|earlier|later|previously|again|to|after|before|late|early|publicly|privately|repeatedly|only|simply|just|also|merely|instead)\b/i.test(
        between,
      ) ||
      /^(?:told|tells|assured|informed|warned|reminded)$/i.test(v.verb));
  const lemma = speechVerbLemma(v.verb) ?? "";
  // "told a briefing the order ...", "told the Sejm it would ...": the hearer, then a bare clause.
  const hearer =
    lemma === "tell"
      ? /^\s+(?:(?:(?:a|an|the|state|local)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:briefing|conference|meeting|hearing|session|rally|reporters|journalists|lawmakers|deputies|senators|parliament|committee|chamber|house|senate|court|council|assembly|crowd|audience|supporters|broadcaster|radio|television|newspaper|agency|residents|voters|viewers|listeners|students|parents|workers|staff|employees|investors|shareholders|delegates)|(?:the\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})(?:\s+(?:in|on|at)\s+(?:[\p{Lu}\d][\p{L}\d]*(?:\s+[\p{Lu}][\p{L}]*){0,2}|the\s+[\p{L}]+))?\s+/u.exec(
          rest,
        )
      : null;
  // ", she said, the problem is ...": a parenthetical attribution before its clause.
  const parenthetical =
    /,\s+(?:he|she|they|it|we|[\p{Lu}][\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(0, v.index)) &&
    /^,\s+(?!\p{Ll}+ing\b)/u.test(rest);
  if (complementiser) clauseStart = afterVerb + that[0].length;
  else if (hearer || parenthetical) {
    clauseStart = afterVerb + (hearer ? hearer[0].length : (/^,\s+/.exec(rest)?.[0].length ?? 0));
    const clauseHead = sentence.slice(clauseStart);
    if (!/^[\p{L}\d]/u.test(clauseHead) || notSubject.test(clauseHead)) return null;
    if (!hasFiniteVerb(clauseHead.split(clauseEnd)[0] ?? "")) return null;
  }
  // Without "that", only verbs of saying take a bare clause ("said it would"); "reported
  // telephone wait times" or "maintains its own monitor" take an object.
  else if (!zeroThatVerbs.has(speechVerbLemma(v.verb) ?? "")) return null;
  else {
    const adjunct =
      /^(?:\s+(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|reply|response|letter|interview|email|post|message|note|video|submission|briefing)|\s+(?:on|in|at)\s+(?:a |an |the )?[\p{Lu}\d][\p{L}\d]*(?:\s+\d+)?|\s+(?:earlier|later|previously|again|publicly|separately|privately)|\s+last\s+\w+|\s+this\s+\w+|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))*\s+/u.exec(
        rest,
      );
    clauseStart = afterVerb + (adjunct ? adjunct[0].length : 0);
    const clauseHead = sentence.slice(clauseStart);
    if (!/^[\p{L}\d]/u.test(clauseHead) || notSubject.test(clauseHead)) return null;
    if (!hasFiniteVerb(clauseHead.split(clauseEnd)[0] ?? "")) return null;
    // "said Daria Ivanova, a researcher" - an inverted verb followed by a name is not a clause.
    if (/^[\p{Lu}][\p{L}]+\s+[\p{Lu}][\p{L}]+\s*(?:,|$|\.)/u.test(sentence.slice(clauseStart))) return null;
  }
  let clause = sentence.slice(clauseStart);
  const cut = clauseEnd.exec(clause);
  if (cut) clause = clause.slice(0, cut.index);
  // "When the ministry announced that X, the news was ...": a subordinate clause ends at its comma.
  // "Officials, who say the deal is off, met Jones": a relative clause ends at its comma too.
  const relative = /,\s+who\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(0, v.index));
  if (
    (relative || /^(?:when|while|after|although|though|as|since|because|if|once)\b/i.test(sentence)) &&
    clause.includes(",")
  ) {
    clause = clause.slice(0, clause.indexOf(","));
  }
  // "... had to be struck and listed the case": a second verb of the subject, unless inside a list.
  const second = /\s+and\s+\p{Ll}+ed\s+(?:(?:the|a|an|its|his|her|their)\b|["“])/u.exec(clause);
  if (second && !clause.slice(0, second.index).includes(",")) clause = clause.slice(0, second.index);
  clause = clause.replace(/[\s.!?,:;]+$/, "");
  if (clause.split(/\s+/).length < 3 || /^(?:how|why|what|whether|when|where|if|to)\b/i.test(clause)) return null;
  const subject = /ing$/.test(v.verb)
    ? subjectBefore(sentence.slice(0, firstFinite(sentence)), s.start)
    : subjectBefore(sentence.slice(0, v.index), s.start);
  if (!subject) return null;
  const start = s.start + clauseStart;
  return {
    start,
    end: start + clause.length,
    cue: cueAt(sentence, v.index, v.verb),
    mention: subject.mention,
    mentionPosition: subject.position,
  };
}

function accordingTo(s: Range, sentence: string, index: number): IndirectSpeech | null {
  const afterCue = index + "according to".length;
  const before = sentence.slice(0, index).replace(/[\s,]+$/, "");
  if (before.length === 0) {
    // According to X, CLAUSE.
    const comma = sentence.indexOf(",", afterCue);
    if (comma < 0) return null;
    const source = subjectAfter(sentence.slice(afterCue, comma), s.start + afterCue);
    let clauseStart = comma + 1;
    while (/\s/.test(sentence[clauseStart] ?? "")) clauseStart++;
    const clause = sentence.slice(clauseStart).replace(/[\s.!?,:;]+$/, "");
    if (!source || clause.split(/\s+/).length < 3) return null;
    const start = s.start + clauseStart;
    return {
      start,
      end: start + clause.length,
      cue: "according to",
      mention: source.mention,
      mentionPosition: source.position,
    };
  }
  // CLAUSE, according to X.
  const source = subjectAfter(sentence.slice(afterCue), s.start + afterCue);
  if (!source || before.split(/\s+/).length < 3) return null;
  return {
    start: s.start,
    end: s.start + before.length,
    cue: "according to",
    mention: source.mention,
    mentionPosition: source.position,
  };
}

function firstFinite(sentence: string): number {
  const verbs = cueVerbs(sentence).filter((v) => !/ing$/.test(v.verb));
  const m = /\b(?:has|have|had|is|are|was|were|will|would)\b|\b\p{Ll}+ed\b/u.exec(sentence);
  const candidates = [verbs[0]?.index, m?.index].filter((x): x is number => x !== undefined);
  return candidates.length ? Math.min(...candidates) : sentence.length;
}
