/**
 * What a caller expects of a stream before appending:
 * `any` (no check), `no_stream` (it has no events), `exists` (it has some), or an exact version
 * (the number of events in it).
 */
export type ExpectedVersion = "any" | "no_stream" | "exists" | number;

export function versionMatches(expected: ExpectedVersion, actual: number): boolean {
  if (expected === "any") return true;
  if (expected === "no_stream") return actual === 0;
  if (expected === "exists") return actual > 0;
  return expected === actual;
}
