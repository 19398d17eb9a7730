// Lists evaluation errors (missed, spurious, wrong speaker) for the dev part, to read while
// developing: tsx packages/quotes/eval/showErrors.ts [corpusDir] [split]
import { join } from "node:path";
import { extractQuotes } from "../src/index.ts";
import { loadCorpus } from "./loadCorpus.ts";
import { matchQuotes, sameSpeaker } from "./scoreQuotes.ts";

const dir = process.argv[2] ?? join(new URL(".", import.meta.url).pathname, "corpus");
const split = process.argv[3] ?? "dev";
for (const a of loadCorpus(dir).filter((x) => split === "all" || x.split === split)) {
  const preds = extractQuotes(a.text, undefined, { title: a.title });
  const matches = matchQuotes(a, preds, 0.8);
  const lines: string[] = [];
  for (const g of a.quotes) {
    const m = matches.find((x) => x.gold === g);
    if (!m) lines.push(`  MISS ${g.kind} [${g.speaker?.name}] ${g.text.slice(0, 70)}`);
    else {
      if (!sameSpeaker(g.speaker?.name, m.predicted.speaker?.name))
        lines.push(
          `  SPKR ${g.kind} gold=${g.speaker?.name} pred=${m.predicted.speaker?.name} (mention=${m.predicted.speakerMention}) ${g.text.slice(0, 40)}`,
        );
      if (g.relevant !== m.predicted.relevant)
        lines.push(
          `  REL  gold=${g.relevant} pred=${m.predicted.relevance} ${m.predicted.reasons.join("; ")} | ${g.text.slice(0, 50)}`,
        );
      if (g.kind !== m.predicted.kind)
        lines.push(`  KIND gold=${g.kind} pred=${m.predicted.kind} ${g.text.slice(0, 50)}`);
    }
  }
  for (const p of preds)
    if (!matches.some((x) => x.predicted === p))
      lines.push(`  SPUR ${p.kind} [${p.speaker?.name}] ${p.text.slice(0, 70)}`);
  if (lines.length) console.log(`${a.id}\n${lines.join("\n")}`);
}
