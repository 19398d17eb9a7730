import type { FetchErrorCategory } from "./types.ts";

/** Every failure of `fetcher.fetch`; `category` says what to do next (retry, back off, give up). */
export class FetchError extends Error {
  override readonly name = "FetchError";
  readonly category: FetchErrorCategory;
  readonly url: string;
  readonly httpStatus: number | undefined;
  /** From Retry-After on 429/503 (seconds or HTTP date, converted to seconds from now). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    category: FetchErrorCategory,
    url: string,
    message: string,
    extra: { httpStatus?: number; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(`${category}: ${message} (${url})`, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.category = category;
    this.url = url;
    this.httpStatus = extra.httpStatus;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}
