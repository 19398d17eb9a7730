import type { TextBlock } from "../text/blockTexts.ts";
import { tokenKey } from "../text/wordTokens.ts";

/** Whole paragraphs that are page furniture, not article text. */
const FURNITURE =
  /^(advertisement|advertisment|anzeige|publicité|publicidad|реклама|sponsored( content)?|share( this( article| story| page)?)?( on \w+)?|print|email|comments?|read more|see also|related( articles| stories| coverage| content)?:?|more on this( story)?:?|click here.*|tags?:.*|filed under:?.*|follow us.*|sign up.*|subscribe.*|(photo|image|picture|video|illustration|file photo)( credit)?:.*|\(?(photo|image|picture)s?\)?|skip to (main )?content|back to top|trending( now| news| stories)?:?|breaking( news)?:?|loading\.*|\d+ comments?|(image|photo|picture|slide) \d+ (of|\/) \d+|[\d\s.,:/+%-]{1,12})$/i;
/** In-body promos that point elsewhere: "Read more: ...", "[Related: ...]", reading-time notes. */
const PROMO_LINE =
  /^\[?\s*(read more|read also|also read|sharing is caring|like this:|tell us what you think|this slideshow requires javascript|reading time|tempo de leitura|время чтения|\d+\s*min(ute)?s?\s+read\b|(related|more|also|see more|see also|watch|listen|recommended|don't miss)(\s+\S+){0,2}\s*:)/i;
/**
 * Short headings that open a block of links to other stories at the end of an article: from such
 * a heading on, nothing is this article's text.
 */
const TAIL_HEADING =
  /^(you (may|might) (also )?like|related( stories| articles| posts| content| coverage)?|more (from|in|on|stories|news)\b.*|(most )?popular( on .*)?|trending( now| news)?|recommended( for you)?|don'?t miss|read next|what to read next|most read|also read|more like this|(want )?more stories( like this)?|you may be interested in|other stories|latest (news|stories)|editors'? picks|further reading|keep reading)[\s.:!?…]*$/i;
/**
 * Closing calls to action (newsletters, follow prompts, forums, apps), only checked at the very
 * end: a call-to-action word addressed to the reader ("your inbox", "follow us"), so that a last
 * sentence such as "Others are expected to follow suit on Monday." stays.
 */
const CALL_TO_ACTION =
  /\b(subscribe|sign up|newsletters?|inbox|follow|join|podcast|homepage|download|contact|email|e-mail)\b/i;
const ADDRESSED = /\b(you|your|our|us|we|my)\b/i;
const PLAIN_PROMO =
  /affiliate commission|share (it|this( story| article)?) with|^like this (story|article)\?|join the conversation|may be reached at|(follow|subscribe to) [\w.@]+( [\w.@]+)? on (twitter|facebook|instagram|youtube|linkedin|tiktok|x)\b/i;
const isClosingPromo = (p: string) => PLAIN_PROMO.test(p) || (CALL_TO_ACTION.test(p) && ADDRESSED.test(p));
/** A bare e-mail address, handle or link left over from an author box. */
const CONTACT_ONLY = /^(\S+@\S+\.\w+|(https?:\/\/|www\.|twitter\.com\/)\S+|@\w+)$/i;
/** Wire-photo captions ("In this Dec. 12, 2006, file photo, ...") and image credits. */
const CAPTION =
  /^(in this ([\w.,']+\s){0,8}(file )?(photo|image|picture)\b|(image|photo) copyright\b|(photo|image|picture)s? (by|courtesy|credit)\b)/i;
const DATELINE = /^(updated|published|posted|last updated|last modified)\b.{0,60}$/i;
/** A year or a numeric date, and a clock time: "Nov. 20, 2019, 9:28 AM UTC", "22/01/2018 às 0:13". */
const HAS_DATE = /\b(19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;
const NUMERIC_DATE_OR_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;
/** First three letters of month names in English, Romance languages, German and Russian. */
const MONTHS = new Set(
  "jan feb fev fév mar apr abr avr mai may maj jun jui jul ago aug aoû set sep okt oct out nov dec dez déc dic янв фев мар апр мая май июн июл авг сен окт ноя дек".split(
    " ",
  ),
);

/** A timestamp line: a date, few words, a clock time or a month name, and no sentence ending. */
function isDateLine(paragraph: string): boolean {
  if (paragraph.length >= 100 || !HAS_DATE.test(paragraph)) return false;
  const words = paragraph.match(/\p{L}+/gu) ?? [];
  if (words.length > 8) return false;
  if (NUMERIC_DATE_OR_TIME.test(paragraph)) return true;
  return !/[.!?]["”’]?$/.test(paragraph) && words.some((w) => MONTHS.has(w.slice(0, 3).toLowerCase()));
}

const BYLINE = /^(by|von|par|por)\s+\p{Lu}[^.!?]{0,80}$/u;

export interface ParagraphContext {
  title: string | null;
  byline: string | null;
}

/**
 * Drops furniture paragraphs (ads, share prompts, credits), the headline and byline if they slipped
 * into the container, and a paragraph that repeats the one just before it (a teaser echoed by the
 * body). Repeats further apart stay: pages do repeat text, and annotators keep it.
 */
export function filterParagraphs(blocks: readonly TextBlock[], context: ParagraphContext): string[] {
  const paragraphs = cutRelatedTail(dropLinkLines(blocks));
  const titleKey = context.title ? tokenKey(context.title) : null;
  const bylineKey = context.byline ? tokenKey(context.byline) : null;
  let previous = "";
  const kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const key = tokenKey(paragraph);
    if (!key) return;
    const edge = index < 4 || index >= paragraphs.length - 2;
    if (FURNITURE.test(paragraph)) return;
    if (paragraph.length < 200 && PROMO_LINE.test(paragraph)) return;
    if (paragraph.length < 400 && CAPTION.test(paragraph)) return;
    if (
      index >= paragraphs.length - 3 &&
      paragraph.length < 250 &&
      (isClosingPromo(paragraph) || CONTACT_ONLY.test(paragraph))
    ) {
      return;
    }
    if (edge && paragraph.length < 120 && (DATELINE.test(paragraph) || BYLINE.test(paragraph))) return;
    if (index < 3 && isDateLine(paragraph)) return;
    if (index < 4 && (key === titleKey || (bylineKey && (key === bylineKey || key === `By ${bylineKey}`)))) return;
    if (key === previous) return;
    previous = key;
    kept.push(paragraph);
  });
  return kept;
}

/** A headline-like line in a link list: short, without closing punctuation. */
function isLinkLine(paragraph: string): boolean {
  return paragraph.length < 120 && !/[.!?:]["”’]?$/.test(paragraph);
}

/**
 * Removes "You may also like" / "Popular" blocks in the last half of the text: the heading and
 * everything after it when what follows is mostly headlines and blurbs, else only the heading and
 * the run of headline-like lines under it (an inline "Don't miss" box inside the story).
 */
function cutRelatedTail(paragraphs: readonly string[]): readonly string[] {
  const total = paragraphs.reduce((sum, p) => sum + p.length, 0);
  let seen = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (seen >= total / 2 && paragraph.length <= 60 && TAIL_HEADING.test(paragraph)) {
      const rest = paragraphs.slice(index + 1);
      const headlines = rest.filter(isLinkLine).length;
      if (headlines >= rest.length / 2) return paragraphs.slice(0, index);
      let end = 0;
      while (end < rest.length && isLinkLine(rest[end] as string)) end++;
      return [...paragraphs.slice(0, index), ...cutRelatedTail(rest.slice(end))];
    }
    seen += paragraph.length;
  }
  return paragraphs;
}

/** A paragraph that is (nearly) all link: a headline pointing at another page. */
const isLinkOnly = (block: TextBlock) => block.linkShare >= 0.9 && block.text.length >= 25 && block.text.length < 200;

/**
 * Drops link-only paragraphs, and a short heading whose section is nothing but such links
 * ("More great stories" over a list of headlines).
 */
function dropLinkLines(blocks: readonly TextBlock[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    if (isLinkOnly(block)) continue;
    let run = 0;
    while (i + 1 + run < blocks.length && isLinkOnly(blocks[i + 1 + run] as TextBlock)) run++;
    if (run >= 2 && isLinkLine(block.text) && block.text.length <= 60) continue;
    kept.push(block.text);
  }
  return kept;
}
