/**
 * Byte-order marks left inside the text. Soft hyphens and zero-width spaces stay: they are part of
 * the source text (and the benchmark's annotations keep them).
 */
const INVISIBLE = /\ufeff/g;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function normaliseText(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
