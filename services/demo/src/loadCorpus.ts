import { readFileSync } from "node:fs";
import { z } from "zod";

const corpusSchema = z.object({
  about: z.string(),
  outlets: z.array(
    z.object({ slug: z.string(), name: z.string(), style: z.enum(["wire", "broadcaster", "magazine"]) }),
  ),
  articles: z.array(
    z.object({
      slug: z.string(),
      outlet: z.string(),
      phase: z.number().int().min(1).max(3),
      published: z.string(),
      author: z.string(),
    }),
  ),
});

export type Outlet = z.output<typeof corpusSchema>["outlets"][number];

export interface CorpusArticle {
  slug: string;
  outlet: Outlet;
  phase: number;
  published: string;
  author: string;
  title: string;
  paragraphs: string[];
}

export interface Corpus {
  outlets: Outlet[];
  articles: CorpusArticle[];
}

export const DEFAULT_CORPUS_DIR = new URL("../../../infra/demo/", import.meta.url);

/** The demo corpus: infra/demo/corpus.json and one text file per article (title line, then paragraphs). */
export function loadCorpus(dir: URL = DEFAULT_CORPUS_DIR): Corpus {
  const manifest = corpusSchema.parse(JSON.parse(readFileSync(new URL("corpus.json", dir), "utf8")));
  const outlets = new Map(manifest.outlets.map((outlet) => [outlet.slug, outlet]));
  const articles = manifest.articles.map((entry) => {
    const outlet = outlets.get(entry.outlet);
    if (!outlet) throw new Error(`article ${entry.slug}: unknown outlet ${entry.outlet}`);
    const [title, ...rest] = readFileSync(new URL(`articles/${entry.slug}.txt`, dir), "utf8")
      .trim()
      .split("\n");
    const paragraphs = rest
      .join("\n")
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return { ...entry, outlet, title: title!.trim(), paragraphs };
  });
  return { outlets: manifest.outlets, articles };
}
