// Speed and robustness of extractQuotes on real article bodies (the Zyte article-extraction
// benchmark's ground truth, read at run time, never copied). No gold quotes exist there: this checks
// speed, invariants (offsets) and the share of quotes with a speaker.
// Usage: npx tsx packages/quotes/bench/quotes.bench.ts [path/to/ground-truth.json]
//   or PUSHBACK_CORPORA=/work/shared/corpora npx tsx ...   (--show N prints N sample quotes)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractQuotes } from "../src/index.ts";

const args = process.argv.slice(2);
const showAt = args.indexOf("--show");
const show = showAt >= 0 ? Number(args[showAt + 1]) || 0 : 0;
const arg = args.find((a, i) => !a.startsWith("--") && (showAt < 0 || i !== showAt + 1));
const corpora = process.env.PUSHBACK_CORPORA ?? join(process.cwd(), "..", "shared", "corpora");
const file = arg ?? join(corpora, "article-extraction", "ground-truth.json");
if (!existsSync(file)) {
  console.log(`skipped: ${file} not found (pass the path to ground-truth.json or set PUSHBACK_CORPORA)`);
  process.exit(0);
}
const bodies = Object.values(JSON.parse(readFileSync(file, "utf8")) as Record<string, { articleBody?: string }>)
  .map((v) => v.articleBody ?? "")
  .filter((t) => t.length > 0);

const times: number[] = [];
const kinds: Record<string, number> = { full: 0, partial: 0, indirect: 0 };
let withSpeaker = 0;
let total = 0;
let broken = 0;
const samples: string[] = [];
for (let pass = 0; pass < 2; pass++) {
  for (const text of bodies) {
    const t0 = performance.now();
    const quotes = extractQuotes(text);
    if (pass === 1) times.push(performance.now() - t0);
    if (pass === 0) continue;
    for (const q of quotes) {
      total++;
      kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
      if (q.speaker) withSpeaker++;
      if (text.slice(q.start, q.end) !== q.text) broken++;
      if (samples.length < show && Math.random() < 0.2)
        samples.push(
          `${q.kind.padEnd(8)} [${q.speaker?.name ?? "-"}] (${q.speakerMention ?? "-"}) ${q.text.slice(0, 80)}`,
        );
    }
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(samples.join("\n"));
const figures = {
  articles: bodies.length,
  msP50: Number(pct(0.5)),
  msP95: Number(pct(0.95)),
  msMax: Number(pct(1)),
  quotes: total,
  kinds,
  withSpeaker: Math.round((withSpeaker / Math.max(1, total)) * 1000) / 1000,
  offsetErrors: broken,
};
console.log(JSON.stringify(figures));
