/** Words as the extraction benchmark counts them: runs of letters, digits and "_" (Python's \w). */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** A spacing- and punctuation-blind key for comparing two renderings of the same text. */
export function tokenKey(text: string): string {
  return wordTokens(text).join(" ");
}
