import { tokenKey } from "../text/wordTokens.ts";

/** Whole paragraphs that are page furniture, not article text. */
const FURNITURE =
  /^(advertisement|advertisment|anzeige|publicité|publicidad|реклама|sponsored( content)?|share( this( article| story| page)?)?( on \w+)?|print|email|comments?|read more|see also|related( articles| stories| coverage| content)?:?|more on this( story)?:?|click here.*|tags?:.*|filed under:?.*|follow us.*|sign up.*|subscribe.*|(photo|image|picture|video|illustration|file photo)( credit)?:.*|\(?(photo|image|picture)s?\)?|skip to (main )?content|back to top|loading\.*|\d+ comments?)$/i;
const DATELINE = /^(updated|published|posted|last updated|last modified)\b.{0,60}$/i;
const BYLINE = /^(by|von|par|por)\s+\p{Lu}[^.!?]{0,80}$/u;

export interface ParagraphContext {
  title: string | null;
  byline: string | null;
}

/**
 * Drops furniture paragraphs (ads, share prompts, credits), the headline and byline if they slipped
 * into the container, and exact repeats (a teaser echoed by the body counts twice otherwise).
 */
export function filterParagraphs(paragraphs: readonly string[], context: ParagraphContext): string[] {
  const titleKey = context.title ? tokenKey(context.title) : null;
  const bylineKey = context.byline ? tokenKey(context.byline) : null;
  const seen = new Set<string>();
  const kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const key = tokenKey(paragraph);
    if (!key) return;
    const edge = index < 4 || index >= paragraphs.length - 2;
    if (FURNITURE.test(paragraph)) return;
    if (edge && paragraph.length < 120 && (DATELINE.test(paragraph) || BYLINE.test(paragraph))) return;
    if (index < 4 && (key === titleKey || (bylineKey && (key === bylineKey || key === `By ${bylineKey}`)))) return;
    if (key.length >= 20 && seen.has(key)) return;
    seen.add(key);
    kept.push(paragraph);
  });
  return kept;
}
