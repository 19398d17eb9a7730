// Labelling aid for the real-article speaker gold: prints one article body with every span between
// paired quotation marks numbered, with its offsets. Independent of the extractor on purpose (a plain
// mark pairing), so labels are not shaped by the rules under test.
// Usage: npx tsx packages/quotes/eval/real/listCandidates.ts ID_OR_PREFIX [ground-truth.json]
//        npx tsx packages/quotes/eval/real/listCandidates.ts --list   (ids with their mark counts)
import { groundTruthPath, loadRealBodies } from "./realCorpus.ts";

const [target, path] = process.argv.slice(2);
const bodies = loadRealBodies(groundTruthPath(path));
if (!bodies) {
  console.log("skipped: ground-truth.json not found (pass its path or set PUSHBACK_CORPORA)");
  process.exit(0);
}

const pairs: [string, string][] = [
  ["\u201c", "\u201d"],
  ['"', '"'],
  ["\u00ab", "\u00bb"],
  ["\u201e", "\u201c"],
  ["\u2018", "\u2019"],
];

/** Spans between paired marks inside one paragraph (the words only, marks excluded). */
function candidates(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let paraStart = 0;
  for (const para of text.split("\n\n")) {
    for (const [open, close] of pairs) {
      let i = 0;
      while (i < para.length) {
        const o = para.indexOf(open, i);
        if (o < 0) break;
        // A single-quote opener must not be an apostrophe inside a word.
        if (open === "\u2018" && o > 0 && /\p{L}/u.test(para[o - 1]!)) {
          i = o + 1;
          continue;
        }
        let c = para.indexOf(close, o + 1);
        if (close === "\u2019")
          while (c > 0 && c + 1 < para.length && /\p{L}/u.test(para[c + 1]!)) c = para.indexOf(close, c + 1);
        if (c < 0) {
          // Open mark with no close in this paragraph: a multi-paragraph quote runs to the paragraph end.
          out.push({ start: paraStart + o + 1, end: paraStart + para.length });
          break;
        }
        out.push({ start: paraStart + o + 1, end: paraStart + c });
        i = c + 1;
      }
    }
    paraStart += para.length + 2;
  }
  return out.sort((a, b) => a.start - b.start);
}

if (target === "--list") {
  for (const [id, body] of [...bodies].sort())
    console.log(`${id}  ${candidates(body).length} spans  ${body.length} chars`);
  process.exit(0);
}
const id = [...bodies.keys()].find((k) => k.startsWith(target ?? "\u0000"));
if (!id) {
  console.error(`no article id starts with ${target}`);
  process.exit(2);
}
const body = bodies.get(id)!;
const spans = candidates(body);
console.log(`# ${id}  (${body.length} chars, ${spans.length} candidate spans)\n`);
let offset = 0;
body.split("\n\n").forEach((para, p) => {
  console.log(`[para ${p} @${offset}] ${para}\n`);
  for (const [n, s] of spans.entries())
    if (s.start >= offset && s.start < offset + para.length)
      console.log(`    span ${n}: ${s.start}-${s.end}  ${JSON.stringify(body.slice(s.start, s.end).slice(0, 100))}`);
  offset += para.length + 2;
});
