// Speaker errors on a labelled real set, counted by how the wrong speaker was reached: the cue's
// mention was a name, a pronoun, a description, or there was no cue (carried over, lead-in, main
// speaker). Tells which mechanism to work on before reading single errors.
// Usage: npx tsx packages/quotes/eval/real/errorKinds.ts FOLDER [ground-truth.json]

import { evaluateReal } from "./evalReal.ts";
import { groundTruthPath, loadRealBodies } from "./realCorpus.ts";

const [folder, path] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const bodies = loadRealBodies(groundTruthPath(path));
if (!bodies || !folder) {
  console.log("skipped: pass a label folder, and the bodies file must exist (or set PUSHBACK_CORPORA)");
  process.exit(0);
}
const kinds = new Map<string, number>();
const mentionKind = (mention: string | null, gotNull: boolean): string => {
  if (mention === null) return gotNull ? "no cue, no speaker" : "no cue, speaker carried or inferred";
  if (mention === "") return "cue without speaker";
  if (/^(?:he|she|they|it|i|we|you)\b/i.test(mention)) return "pronoun";
  if (/^(?:the|a|an|one|another|this|that|his|her|their|its)\s/i.test(mention)) return "description";
  return "name";
};
const figures = evaluateReal(folder, bodies, 0.3, (_text, m) => {
  const k = mentionKind(m.predicted.speakerMention ?? null, m.predicted.speaker === null);
  kinds.set(k, (kinds.get(k) ?? 0) + 1);
});
const wrong = [...kinds.values()].reduce((a, b) => a + b, 0);
console.log(`${folder}: ${figures.gold} gold, speaker accuracy ${figures.speakerAccuracy}, ${wrong} wrong`);
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
