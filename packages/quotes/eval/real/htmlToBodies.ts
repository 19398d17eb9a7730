// Builds a ground-truth.json-shaped file ({id: {articleBody}}) from a folder of saved article pages,
// through the product's own extractor, so real pages from elsewhere can be labelled and scored with
// the tools here without their text entering the repo.
// Usage: npx tsx packages/quotes/eval/real/htmlToBodies.ts HTML_DIR OUT.json
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractArticle } from "../../../extract/src/index.ts";

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.log("usage: htmlToBodies.ts HTML_DIR OUT.json");
  process.exit(2);
}
const bodies: Record<string, { articleBody: string }> = {};
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".html"))
  .sort()) {
  const article = extractArticle(readFileSync(join(dir, file), "utf8"));
  bodies[basename(file, ".html")] = { articleBody: article.text };
  console.log(`${basename(file, ".html")}: ${article.text.length} chars, ${article.paragraphs.length} paragraphs`);
}
writeFileSync(out, JSON.stringify(bodies, null, 1));
