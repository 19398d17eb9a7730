import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GoldArticle } from "./corpusFormat.ts";

/** All gold articles of a corpus folder, in file-name order. */
export function loadCorpus(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldArticle);
}
