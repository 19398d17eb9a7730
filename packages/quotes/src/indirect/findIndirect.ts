// Indirect (reported) speech: a subject, a speech verb and a reported clause, outside quotation marks.
//   McConaghy said [the ministry had been given access to a tool ...].
//   According to the joint statement, [the two sides agreed to cooperate ...].
// A clause that contains a direct quote is left to the direct quote (reported as a partial quote).
import { isClauseVerb } from "../attribution/cues.ts";
import { cueAt, cueVerbs, subjectAfter, subjectBefore } from "../attribution/subject.ts";
import type { Range } from "../text/sentences.ts";

export interface IndirectSpeech {
  start: number;
  end: number;
  cue: string;
  mention: string;
  mentionPosition: number;
}

const subjectLike =
  /^(?:it|he|she|they|we|i|its|his|her|their|the|a|an|this|these|those|some|no|all|more|most|any|every|there|only|one|[\p{Lu}\d])/u;
const clauseEnd =
  /,\s+(?:according to|adding|saying|arguing|noting|insisting|warning|citing)\b|\s+but\s+(?:\w+\s+)?(?:warned|said|added|noted|insisted)\b|;\s|,\s+(?:he|she|they|it|the \w+)\s+(?:said|says|added|told)\b|,\s+an? (?:explanation|claim|move|step|statement)\b/u;

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
  }
  return out;
}

function reported(s: Range, sentence: string, v: { verb: string; index: number }): IndirectSpeech | null {
  const afterVerb = v.index + v.verb.length;
  const rest = sentence.slice(afterVerb);
  let clauseStart: number;
  const that = /^((?:\s+(?!that\b)[^\s"“”«»„.;]+){0,10}?)\s+that\s+/u.exec(rest);
  if (that && !/[,]\s*$/.test(that[1]!)) clauseStart = afterVerb + that[0].length;
  else if (/^told$|^tells?$|^informed$/i.test(v.verb)) return null;
  else {
    const adjunct =
      /^(?:\s+(?:on|in|at)\s+(?:a |an |the )?[\p{Lu}\d][\p{L}\d]*(?:\s+\d+)?|\s+(?:earlier|later|previously|again|publicly|separately|privately)|\s+last\s+\w+|\s+this\s+\w+)*\s+/u.exec(
        rest,
      );
    clauseStart = afterVerb + (adjunct ? adjunct[0].length : 0);
    if (!subjectLike.test(sentence.slice(clauseStart))) return null;
    // "said Daria Ivanova, a researcher" - an inverted verb followed by a name is not a clause.
    if (/^[\p{Lu}][\p{L}]+\s+[\p{Lu}][\p{L}]+\s*(?:,|$|\.)/u.test(sentence.slice(clauseStart))) return null;
  }
  let clause = sentence.slice(clauseStart);
  const cut = clauseEnd.exec(clause);
  if (cut) clause = clause.slice(0, cut.index);
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
