// Quote extraction for one article: direct quotes in every mark style, partial quotes, indirect
// speech; each with its cue, speaker (resolved to a named entity) and topic relevance.
//
// Span policy: a quote split by its attribution ("We are," she said, "fully committed.") yields two
// quotes with the same speaker; a quote running over several paragraphs yields one quote per
// paragraph, all attributed to the speaker named at its end. Pull quotes repeating the body and
// quoted titles, nicknames and scare quotes are dropped.
import { EntityRegistry } from "./attribution/entityRegistry.ts";
import { attributionAfter, attributionBefore, passiveAgent, type Segment } from "./attribution/findAttribution.ts";
import { personNouns } from "./attribution/nounLexicon.ts";
import { type ParsedMention, parseMention } from "./attribution/parseMention.ts";
import { isPlausibleSpeakerName } from "./attribution/plausibleSpeaker.ts";
import type { CueMatch } from "./attribution/subject.ts";
import { classifySpan, isTitleCase } from "./direct/classifySpan.ts";
import { findQuotedSpans, type QuotedSpan } from "./direct/findQuotedSpans.ts";
import { findIndirect } from "./indirect/findIndirect.ts";
import { assessRelevance } from "./relevance/assessRelevance.ts";
import { paragraphRanges } from "./text/paragraphs.ts";
import { type Range, sentenceRanges } from "./text/sentences.ts";
import type { ParagraphRange, Quote, QuoteKind, Speaker } from "./types.ts";

export interface ArticleMeta {
  title?: string;
  outlet?: string;
}

interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  paragraph: number;
  sentence: Range;
  attribution: CueMatch | null;
  speaker: Speaker | null;
  inherited: boolean;
  /** Its sentence's words after it introduce the next quote: no attribution is shared from there. */
  beforeIntroduction?: boolean;
}

export function extractQuotes(text: string, paragraphs?: ParagraphRange[], meta: ArticleMeta = {}): Quote[] {
  const paras = paragraphs && paragraphs.length > 0 ? paragraphs : paragraphRanges(text);
  const spans = findQuotedSpans(text, paras);
  const marked = spans.map((s) => ({ start: s.open, end: (s.close ?? s.end) + 1 }));
  const sentences = sentenceRanges(text, paras, marked);
  const registry = new EntityRegistry();
  registry.scan(text, marked);

  const direct = directDrafts(text, paras, spans, sentences);
  inheritAttributions(direct);
  const indirect: Draft[] = findIndirect(text, sentences, marked).map((f) => ({
    start: f.start,
    end: f.end,
    kind: "indirect",
    paragraph: paras.findIndex((p) => f.start >= p.start && f.start < p.end),
    sentence: sentenceOf(sentences, f.start),
    attribution: { cue: f.cue, mention: f.mention, position: f.mentionPosition },
    speaker: null,
    inherited: false,
  }));

  const drafts = [...direct, ...indirect].sort((a, b) => a.start - b.start);
  let previous: Draft | null = null;
  for (const d of drafts) {
    if (d.attribution) {
      const parsed = parseMention(d.attribution.mention);
      const speaker = parsed ? registry.resolve(parsed, d.attribution.position) : null;
      // A subject read from a broken sentence is no cue: the quote goes on as if it had none.
      if (speaker && !isPlausibleSpeakerName(speaker.name)) d.attribution = null;
      else {
        d.speaker = speaker;
        if (speaker && parsed) rememberSpeaker(registry, parsed, speaker, d.attribution.position);
      }
    }
    if (!d.attribution) {
      // "Bridenstine expects three rockets. “Adding a fourth could—I’m not confident.”": the person
      // the reporter's sentence just before is about speaks; otherwise the previous speaker goes on.
      // (In a Q&A, a quote in an answer opened by initials is the interviewee's own.)
      const answer = d.kind !== "indirect" ? registry.interviewee(d.start) : undefined;
      const leadIn = answer
        ? { name: answer.name, role: answer.role, organization: answer.organization }
        : d.kind === "full"
          ? leadInSubject(text, sentences, d, registry)
          : null;
      if (leadIn) d.speaker = leadIn;
      else if (
        previous?.speaker &&
        d.kind !== "indirect" &&
        // (Two paragraphs apart when the one between names nobody: "In short, it would see ...".)
        (paragraphsApart(text, paras, previous, d) <= 1 ||
          (paragraphsApart(text, paras, previous, d) === 2 &&
            !registry.entities.some((e) => e.position > previous!.end && e.position < d.start)))
      ) {
        d.speaker = previous.speaker;
        d.inherited = true;
      }
    }
    if (d.speaker) previous = d;
  }
  // A full quote left with no speaker at all, in an article most of whose attributed quotes are one
  // person's (a profile, an interview): that person's.
  const counts = new Map<string, { speaker: Speaker; n: number }>();
  for (const d of drafts)
    if (d.speaker && d.attribution && d.kind !== "indirect") {
      const c = counts.get(d.speaker.name) ?? { speaker: d.speaker, n: 0 };
      c.n++;
      counts.set(d.speaker.name, c);
    }
  const total = [...counts.values()].reduce((n, c) => n + c.n, 0);
  const main = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (main && total >= 4 && main.n / total >= 0.5)
    for (const d of drafts) if (!d.speaker && !d.attribution && d.kind === "full") d.speaker = main.speaker;
  // Multi-paragraph and split quotes take the speaker found for their last piece.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i]!;
    if (!d.attribution && d.kind === "full") {
      const next = drafts[i + 1]!;
      if (next.kind === "full" && next.attribution && next.paragraph - d.paragraph <= 1 && continuesInto(spans, d))
        d.speaker = next.speaker;
    }
  }

  return drafts.map((d) => toQuote(text, d, sentences, meta));
}

/**
 * How many paragraphs apart two quotes are, not counting subheadings between them ("whale
 * strandings": a short line with no final punctuation), which do not interrupt a speaker.
 */
function paragraphsApart(text: string, paras: ParagraphRange[], from: Draft, to: Draft): number {
  let apart = 0;
  for (let p = from.paragraph + 1; p <= to.paragraph; p++) {
    const range = paras[p];
    const line = range ? text.slice(range.start, range.end).trim() : "";
    const heading = p < to.paragraph && line.length <= 60 && !/[.!?:;,"“”’]$/.test(line);
    if (!heading) apart++;
  }
  return apart;
}

/** The named person opening the quote-free sentence right before a quote in its paragraph. */
function leadInSubject(text: string, sentences: Range[], d: Draft, registry: EntityRegistry): Speaker | null {
  const before = sentences.filter((s) => s.end <= d.sentence.start).pop();
  // "What did Suh say after the play?" as a paragraph of its own: the quote after it is the answer.
  const asked = before
    ? /^\s*(?:What|How)\s+(?:did|does|do|would|will)\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s+(?:say|think|tell|make of)\b[^\n]*\?\s*$/u.exec(
        text.slice(before.start, before.end),
      )
    : null;
  if (asked && /^\s*\n\s*\n?\s*["“]?$/.test(text.slice(before!.end, d.start))) {
    const parsed = parseMention(asked[1]!);
    const speaker = parsed ? registry.resolve(parsed, before!.start + asked.index + asked[0].indexOf(asked[1]!)) : null;
    if (speaker) return speaker;
  }
  // "How social was she? Suspended?" as a paragraph of its own, then the answer in marks: the person
  // the interviewer's question is about answers.
  const paragraphBefore = /([^\n]+)\n\s*\n\s*["“]?$/.exec(text.slice(0, d.start))?.[1] ?? "";
  const aboutWhom = /\b(she|he)\b/i.exec(paragraphBefore);
  if (/\?\s*$/.test(paragraphBefore) && !/["“”]/.test(paragraphBefore) && paragraphBefore.length < 200 && aboutWhom) {
    const at = d.start - paragraphBefore.length + aboutWhom.index;
    const speaker = registry.resolve(parseMention(aboutWhom[1]!.toLowerCase())!, at);
    if (speaker) return speaker;
  }
  // Only a sentence of the same paragraph, ending right where the quote opens.
  if (!before || !/^[ \t]*["“‘'«„]?$/.test(text.slice(before.end, d.start))) return null;
  const words = text.slice(before.start, before.end);
  if (/["“”«»„\n]/.test(words)) return null;
  return registry.subjectPersonBetween(before.start, before.end);
}

function directDrafts(text: string, paras: ParagraphRange[], spans: QuotedSpan[], sentences: Range[]): Draft[] {
  // Pass 1: which spans are speech. Before/after run from/to the neighbouring quotes of the sentence.
  const titles = new Set<number>();
  const kinds = spans.map((span, i) => {
    if (span.continues) return "full";
    const sentence = sentenceOf(sentences, span.start);
    const { before, after } = surroundings(text, sentence, span, spans[i - 1], spans[i + 1]);
    const words = text.slice(span.start, span.end);
    const outside = blankQuotes(text, sentence, spans);
    const cls = classifySpan({ words, before: before.text, after: after.text, sentenceOutsideQuotes: outside });
    if (cls === "title") titles.add(i);
    if (cls !== "full" && cls !== "partial") return null;
    // “Listen To The Music,” “Takin’ It To The Streets,” ...: a list of titles goes on.
    if (i > 0 && titles.has(i - 1) && /^[\s,]*(?:and\s+|or\s+)?$/.test(before.text) && isTitleCase(words)) {
      titles.add(i);
      return null;
    }
    return isPullQuote(text, paras, span, spans) ? null : cls;
  });
  // Pass 2: attribution, with titles and scare quotes read as the reporter's words.
  const speech = spans.filter((_, i) => kinds[i] !== null);
  const drafts: Draft[] = [];
  speech.forEach((span, i) => {
    const kind = kinds[spans.indexOf(span)]!;
    const sentence = sentenceOf(sentences, span.start);
    const { before, after } = surroundings(text, sentence, span, speech[i - 1], speech[i + 1]);
    let attribution =
      kind === "partial"
        ? (passiveAgent(before, after) ?? attributionBefore(before) ?? attributionAfter(after))
        : fullAttribution(before, after, /\.\s*$/.test(text.slice(span.start, span.end)));
    if (!attribution && before.text.trim() === "") attribution = colonIntro(text, paras, span, sentences);
    const closedByFullStop = /\.\s*$/.test(text.slice(span.start, span.end));
    drafts.push({
      beforeIntroduction:
        kind === "full" && closedByFullStop && /^\s+[\p{Lu}]/u.test(after.text) && /:\s*$/.test(after.text),
      start: span.start,
      end: span.end,
      kind,
      paragraph: span.paragraph,
      sentence,
      attribution,
      speaker: null,
      inherited: false,
    });
  });
  return drafts;
}

function surroundings(text: string, sentence: Range, span: QuotedSpan, prev?: QuotedSpan, next?: QuotedSpan) {
  const prevInSentence = prev && prev.open >= sentence.start && prev.close !== null ? prev : undefined;
  const nextInSentence = next && next.open < sentence.end ? next : undefined;
  const beforeStart = prevInSentence ? prevInSentence.close! + 1 : sentence.start;
  const afterStart = span.close === null ? span.end : span.close + 1;
  const afterEnd = nextInSentence ? nextInSentence.open : sentence.end;
  return {
    before: { text: text.slice(beforeStart, span.open), offset: beforeStart },
    after: {
      text: span.close === null ? "" : text.slice(afterStart, Math.max(afterStart, afterEnd)),
      offset: afterStart,
    },
  };
}

/**
 * A full quote is attributed after it ("...," she said) or before it (She said: "..."); a participle
 * after it (`" at the release, adding that ...`) belongs to the sentence's speaker before it.
 */
function fullAttribution(before: Segment, after: Segment, closedByFullStop: boolean): CueMatch | null {
  // `One resident said, “This is a disgrace.” Another said: “...”`: a quote closed by its own full
  // stop and introduced right before it keeps its introduction; the capital after it opens a new sentence.
  if (closedByFullStop && /[,:]\s*$/.test(before.text) && /^\s+[\p{Lu}]/u.test(after.text)) {
    const introduced = attributionBefore(before);
    if (introduced) return introduced;
  }
  // `“You step out of it.” Smith agreed: “...”`: a new sentence ending in a colon introduces the next quote.
  if (closedByFullStop && /^\s+[\p{Lu}]/u.test(after.text) && /:\s*$/.test(after.text))
    return attributionBefore(before);
  const fromAfter = attributionAfter(after);
  if (fromAfter && /ing$/.test(fromAfter.cue.split(" ")[0] ?? "")) return attributionBefore(before) ?? fromAfter;
  // `Oprah Winfrey hesitated: “...” she tells Us.`: the pronoun after is the name that introduced it.
  if (fromAfter && /^(?:he|she)$/i.test(fromAfter.mention) && /:\s*$/.test(before.text)) {
    const introduced = attributionBefore(before);
    if (introduced && /^[\p{Lu}]/u.test(introduced.mention) && !/^(?:He|She|It|They|I|We)\b/.test(introduced.mention))
      return introduced;
  }
  return fromAfter ?? attributionBefore(before);
}

/** A quote opening its paragraph after a paragraph that ends with a colon ("... set out his argument:"). */
function colonIntro(text: string, paras: ParagraphRange[], span: QuotedSpan, sentences: Range[]): CueMatch | null {
  const prev = paras[span.paragraph - 1];
  if (!prev || !/:\s*$/.test(text.slice(prev.start, prev.end))) return null;
  const last = sentenceOf(sentences, prev.end - 1);
  return attributionBefore({ text: text.slice(last.start, prev.end), offset: last.start });
}

/** Split quotes: a piece without attribution shares the attribution of another piece of its sentence. */
function inheritAttributions(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.attribution || d.beforeIntroduction) continue;
    const sibling =
      drafts.find((o) => o !== d && o.attribution && o.sentence.start === d.sentence.start && o.kind === d.kind) ??
      drafts.find((o) => o !== d && o.attribution && o.sentence.start === d.sentence.start);
    if (sibling) d.attribution = sibling.attribution;
  }
}

/**
 * The speaker of a quote becomes the latest mention of its kind, for the pronouns and descriptions
 * that follow: a named person or organisation; an organisation read from a description ("a company
 * spokesperson" as Meta, which is now "the spokesperson"); a known person read from a description
 * ("a prosecutor" as Carla Mamani, named later, who is the next "she"); a new unnamed person.
 */
function rememberSpeaker(registry: EntityRegistry, parsed: ParsedMention, speaker: Speaker, position: number): void {
  const described = parsed.kind === "description" && speaker.name !== parsed.name;
  if (described && speaker.role === parsed.head) {
    registry.add({
      kind: "organization",
      name: speaker.name,
      role: null,
      organization: speaker.organization,
      descriptors: [parsed.head ?? ""],
      position,
      subject: true,
    });
  } else if (described) {
    const known = registry.entities.find((e) => e.name === speaker.name);
    if (known) registry.add({ ...known, position, subject: true });
  } else if (parsed.kind === "person" || parsed.kind === "organization" || isNewUnnamedPerson(parsed, speaker)) {
    registry.add({
      kind: parsed.kind === "organization" ? "organization" : "person",
      ...speaker,
      role: speaker.role ?? (parsed.kind === "person" || parsed.kind === "organization" ? null : parsed.head),
      descriptors: parsed.head ? [parsed.head] : [],
      position,
      subject: true,
    });
  }
}

/**
 * "A former official at the ministry, who spoke on condition of anonymity, said ... / ... he said":
 * an unnamed person introduced as a speaker is who the next "he" means, not someone named before.
 */
function isNewUnnamedPerson(parsed: ParsedMention | null, speaker: Speaker): parsed is ParsedMention {
  return (
    (parsed?.kind === "description" || parsed?.kind === "group") &&
    (/^(?:a|an|one|another)\s/i.test(parsed.text) || parsed.organization !== null) &&
    personNouns.has(parsed.head ?? "") &&
    speaker.name === (parsed.name ?? parsed.text)
  );
}

function continuesInto(spans: QuotedSpan[], d: Draft): boolean {
  return spans.find((s) => s.start === d.start)?.continues === true;
}

/** A paragraph holding nothing but a quote that the body repeats elsewhere. */
function isPullQuote(text: string, paras: ParagraphRange[], span: QuotedSpan, spans: QuotedSpan[]): boolean {
  const p = paras[span.paragraph]!;
  const rest = (text.slice(p.start, span.open) + text.slice((span.close ?? span.end) + 1, p.end)).trim();
  if (rest.length > 2) return false;
  const words = normalise(text.slice(span.start, span.end));
  return spans.some(
    (o) => o !== span && o.paragraph !== span.paragraph && normalise(text.slice(o.start, o.end)).includes(words),
  );
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function blankQuotes(text: string, sentence: Range, spans: QuotedSpan[]): string {
  let out = text.slice(sentence.start, sentence.end);
  for (const s of spans) {
    if (s.end <= sentence.start || s.start >= sentence.end) continue;
    const a = Math.max(s.start, sentence.start) - sentence.start;
    const b = Math.min(s.end, sentence.end) - sentence.start;
    out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out;
}

function sentenceOf(sentences: Range[], position: number): Range {
  return sentences.find((s) => position >= s.start && position < s.end) ?? { start: position, end: position };
}

function toQuote(text: string, d: Draft, sentences: Range[], meta: ArticleMeta): Quote {
  const quoteText = text.slice(d.start, d.end);
  const index = sentences.indexOf(d.sentence);
  const prevSentence = index > 0 ? sentences[index - 1] : undefined;
  const nearbyText = text.slice(prevSentence?.start ?? d.sentence.start, d.sentence.end);
  const relevance = assessRelevance(quoteText, {
    title: meta.title,
    nearbyText,
    speaker: d.speaker,
    articleText: text,
  });
  const reasons = [...relevance.reasons];
  if (d.inherited) reasons.push("speaker carried over from the previous quote");
  return {
    text: quoteText,
    start: d.start,
    end: d.end,
    kind: d.kind,
    cue: d.attribution?.cue ?? null,
    speaker: d.speaker,
    speakerMention: d.attribution?.mention ?? null,
    relevant: relevance.relevant,
    relevance: relevance.score,
    actors: relevance.actors,
    reasons,
  };
}
