// Checks real-article label files (offsets in range, no overlaps, known kinds).
// Usage: npx tsx packages/quotes/eval/real/checkLabels.ts packages/quotes/eval/real/gold-a [ground-truth.json]

import { groundTruthPath, loadRealBodies } from "./realCorpus.ts";
import { checkRealGold, loadRealGold } from "./realGold.ts";

const [dir, path] = process.argv.slice(2);
const bodies = loadRealBodies(groundTruthPath(path));
if (!bodies || !dir) {
  console.log("skipped: pass a label folder, and ground-truth.json must exist (or set PUSHBACK_CORPORA)");
  process.exit(0);
}
const gold = loadRealGold(dir);
const problems = gold.flatMap((g) => checkRealGold(g, bodies.get(g.article)));
const quotes = gold.reduce((n, g) => n + g.quotes.length, 0);
console.log(`${gold.length} articles, ${quotes} quotes, ${problems.length} problems`);
for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);
