/** Thrown for any input that cannot be read as a feed (or OPML): callers catch this one type. */
export class FeedParseError extends Error {
  override readonly name = "FeedParseError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
