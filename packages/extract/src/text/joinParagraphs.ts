import type { ParagraphSpan } from "../types.ts";

/** Joins paragraphs with "\n\n" and records where each one sits in the result. */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; paragraphs: ParagraphSpan[] } {
  const spans: ParagraphSpan[] = [];
  let text = "";
  for (const paragraph of paragraphs) {
    if (text) text += "\n\n";
    spans.push({ start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  }
  return { text, paragraphs: spans };
}
