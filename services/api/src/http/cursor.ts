/** An opaque keyset cursor: the sort key of the last item of a page, base64url JSON. */
export interface Cursor {
  /** The sort timestamp, to the microsecond, as Postgres printed it. */
  at: string;
  id: string;
}

export class BadRequestError extends Error {
  override readonly name = "BadRequestError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString("base64url");
}

export function decodeCursor(value: string, field = "cursor"): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string" &&
      !Number.isNaN(Date.parse(parsed[0]))
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw new BadRequestError(field, `${field} is not a cursor returned by this API`);
}
