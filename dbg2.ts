import { parseMention } from "./packages/quotes/src/attribution/parseMention.ts";
for (const p of process.argv.slice(2)) console.log(p, "=>", JSON.stringify(parseMention(p)));
