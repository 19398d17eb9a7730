import type { Command } from "commander";
import { readInputBytes } from "../readInput.ts";

/** Article text and metadata plus the quotes in it, as the evaluation contract names them. */
export async function extractWithQuotes(html: string, url?: string) {
  const [{ extractArticle }, { extractQuotes }] = await Promise.all([
    import("@pushback/extract"),
    import("@pushback/quotes"),
  ]);
  const article = extractArticle(html, url ? { url } : {});
  const quotes = extractQuotes(article.text, article.paragraphs, { title: article.title ?? undefined }).map((q) => ({
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    cue: q.cue,
    speaker: q.speaker,
    relevant: q.relevant,
    relevance: q.relevance,
    actors: q.actors,
  }));
  return { ...article, quotes };
}

/**
 * `pushback extract [--url URL] [FILE|-]...`: a saved page in, one JSON object out (one line per
 * page when given several files).
 */
export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("extract the article text, metadata and quotes of saved pages (files, or - for stdin)")
    .argument("[files...]", "saved HTML pages; - or nothing reads stdin")
    .option("--url <url>", "the page's address, for relative canonical and image links")
    .action(async (files: string[], options: { url?: string }) => {
      for (const file of files.length ? files : ["-"]) {
        const { decodeHtml } = await import("@pushback/extract");
        const html = decodeHtml(await readInputBytes(file));
        process.stdout.write(`${JSON.stringify(await extractWithQuotes(html, options.url))}\n`);
      }
    });
}
