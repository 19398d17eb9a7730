/** Characters that render as nothing and only split words by accident (joiners are kept). */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function normaliseText(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
