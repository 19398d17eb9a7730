import { randomBytes } from "node:crypto";

/** A Redis key prefix of one's own, so that test files share one Redis without meeting. */
export function uniquePrefix(label: string): string {
  return `test-${label}-${randomBytes(4).toString("hex")}`;
}
