import { FetchError } from "@pushback/fetcher";

export type FailureCategory = FetchError["category"] | "parse" | "extract";

/** A short, clear category and message for any failure, recorded on the source's events. */
export function describeFailure(
  error: unknown,
  fallback: FailureCategory,
): { category: FailureCategory; httpStatus: number | null; message: string; retryAfterSeconds: number | null } {
  if (error instanceof FetchError) {
    return {
      category: error.category,
      httpStatus: error.httpStatus ?? null,
      message: error.message,
      retryAfterSeconds: error.retryAfterSeconds ?? null,
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { category: fallback, httpStatus: null, message: message.slice(0, 2_000), retryAfterSeconds: null };
}

/** Network trouble, timeouts, 429 and 5xx pass; refusals (4xx, blocked, robots, too large) do not. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  if (error.category === "network" || error.category === "timeout") return true;
  if (error.category === "http")
    return error.httpStatus === undefined || error.httpStatus === 429 || error.httpStatus >= 500;
  return false;
}
