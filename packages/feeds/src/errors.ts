/** Thrown for any input that cannot be read as a feed (or OPML): callers catch this one type. */
export class FeedParseError extends Error {
  override readonly name = "FeedParseError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** First line of an error's message: sax appends "Line: / Column: / Char:" lines. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
