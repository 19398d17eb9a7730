import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export interface CorpusPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** --corpus DIR, else $PUSHBACK_CORPORA/article-extraction, else ../shared/corpora next to the repo. */
export function corpusDir(argv: readonly string[]): string {
  const flag = argv.indexOf("--corpus");
  if (flag >= 0 && argv[flag + 1]) return resolve(argv[flag + 1] as string);
  if (process.env.PUSHBACK_CORPORA) return join(process.env.PUSHBACK_CORPORA, "article-extraction");
  return resolve(REPO_ROOT, "../shared/corpora/article-extraction");
}

/** The Zyte benchmark pages (ground-truth.json plus html/<id>.html.gz), or null when absent. */
export function loadCorpus(dir: string): CorpusPage[] | null {
  const truthFile = join(dir, "ground-truth.json");
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, "utf8")) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, entry]) => ({
    id,
    url: entry.url,
    truth: entry.articleBody ?? "",
    html: gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8"),
  }));
}
