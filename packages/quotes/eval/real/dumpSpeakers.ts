// Prints every quote's offsets, kind and speaker on the real article bodies, one line each, so two
// versions of the rules can be compared with diff.
// Usage: npx tsx packages/quotes/eval/real/dumpSpeakers.ts [ground-truth.json] > speakers.txt
import { extractQuotes } from "../../src/index.ts";
import { groundTruthPath, loadRealBodies } from "./realCorpus.ts";

const bodies = loadRealBodies(groundTruthPath(process.argv[2]));
if (!bodies) {
  console.log("skipped: ground-truth.json not found (pass its path or set PUSHBACK_CORPORA)");
  process.exit(0);
}
for (const [id, text] of [...bodies].sort())
  for (const q of extractQuotes(text))
    console.log(
      `${id.slice(0, 12)} ${q.start}-${q.end} ${q.kind} [${q.speaker?.name ?? "-"}] ${q.text.slice(0, 50).replace(/\s+/g, " ")}`,
    );
