// The real article bodies of the Zyte article-extraction benchmark (../shared/corpora), read at run
// time and never copied into the repo: the real-article labels here hold offsets and speaker names only.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function groundTruthPath(arg?: string): string {
  const corpora = process.env.PUSHBACK_CORPORA ?? join(process.cwd(), "..", "shared", "corpora");
  return arg ?? join(corpora, "article-extraction", "ground-truth.json");
}

/** Article id -> body text, or null when the corpus is absent. */
export function loadRealBodies(path: string): Map<string, string> | null {
  if (!existsSync(path)) return null;
  const raw = JSON.parse(readFileSync(path, "utf8")) as Record<string, { articleBody?: string }>;
  return new Map(Object.entries(raw).map(([id, v]) => [id, v.articleBody ?? ""]));
}
