// Debug aid: extract quotes from a text given on stdin and print kind, speaker, mention, cue.
import { readFileSync } from "node:fs";
import { extractQuotes } from "../src/index.ts";

const text = readFileSync(0, "utf8");
for (const q of extractQuotes(text))
  console.log(
    `${q.kind.padEnd(8)} [${q.speaker?.name ?? "-"}] (${q.speakerMention ?? "-"} | ${q.cue ?? "-"}) ${q.text.slice(0, 70)}`,
  );
