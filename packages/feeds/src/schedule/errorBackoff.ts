/** Feedbin's bounds on the error count fed to the quartic: 8^4 s ≈ 68 min, 23^4 s ≈ 3.2 days. */
export const BACKOFF_MIN_ERRORS = 8;
export const BACKOFF_MAX_ERRORS = 23;

/**
 * Seconds to wait after `consecutiveErrors` failed polls in a row: clamp(errors, 8, 23)^4 (Feedbin), never
 * below minSeconds; 0 errors gives minSeconds. So the first failure already waits about an hour (a feed that
 * failed once rarely recovers within minutes) and a feed that keeps failing settles at about three days rather
 * than being dropped; disabling it is the caller's policy (Miniflux stops after 3, Media Cloud after 30).
 */
export function errorBackoff(consecutiveErrors: number, minSeconds: number): number {
  if (!(consecutiveErrors > 0)) return minSeconds;
  const errors = Math.min(Math.max(Math.floor(consecutiveErrors), BACKOFF_MIN_ERRORS), BACKOFF_MAX_ERRORS);
  return Math.max(minSeconds, errors ** 4);
}
