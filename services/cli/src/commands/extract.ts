import { readFile } from "node:fs/promises";
import { decodeHtml, extractArticle } from "@pushback/extract";
import type { Command } from "commander";

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== "-") return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `pushback extract [--url URL] [FILE|-]`: one saved page in, one JSON object out. */
export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("extract the article text and metadata of a saved page (file, or - for stdin)")
    .argument("[file]", "saved HTML page; - or nothing reads stdin", "-")
    .option("--url <url>", "the page's address, for relative canonical and image links")
    .action(async (file: string, options: { url?: string }) => {
      const html = decodeHtml(await readInput(file));
      const article = extractArticle(html, options.url ? { url: options.url } : {});
      process.stdout.write(`${JSON.stringify(article)}\n`);
    });
}
