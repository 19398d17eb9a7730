import { createHash } from "node:crypto";

/** Short stable hash of text parts (128 bits of SHA-256, hex). Parts are separated so ("ab","c") != ("a","bc"). */
export function hashText(parts: (string | null | undefined)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${(part ?? "").length}:${part ?? ""}\u0000`);
  return hash.digest("hex").slice(0, 32);
}
