// Builds eval/corpus/*.json from the marked-up sources in eval/source/*.txt, so that no offset is
// ever counted by hand.
//
// Source format: header lines, a line "---", then the body (paragraphs separated by blank lines).
//   outlet: Wire
//   title: ...
//   publishedAt: 2021-11-23T09:40:00Z
//   claim c1: claim text
//   speaker KEY: name | role | organization        ("-" for none)
// In the body, every gold quote is marked [[quoted words|KEY KIND REL STANCE]] where KEY is a speaker
// key or "-", KIND is full|partial|indirect, REL is + or -, STANCE is claimId:label or "-".
// Usage: tsx packages/quotes/eval/buildCorpus.ts [sourceDir] [corpusDir]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { QuoteKind, Speaker } from "../src/types.ts";
import {
  firstHeldOut2Number,
  firstHeldOut3Number,
  firstHeldOut4Number,
  firstHeldOut5Number,
  firstHeldOut6Number,
  firstHeldOutNumber,
  type GoldArticle,
  type GoldQuote,
  type StanceLabel,
  stanceLabels,
} from "./corpusFormat.ts";

const kinds: QuoteKind[] = ["full", "partial", "indirect"];

export function buildArticle(id: string, source: string): GoldArticle {
  const split = source.indexOf("\n---\n");
  if (split < 0) throw new Error(`${id}: missing --- separator`);
  const header = source.slice(0, split).split("\n");
  const body = source.slice(split + 5).trimEnd();
  const fields = new Map<string, string>();
  const claims: { id: string; text: string }[] = [];
  const speakers = new Map<string, Speaker>();
  for (const line of header) {
    const m = /^(\w+)(?: (\w+))?: (.*)$/.exec(line);
    if (!m) throw new Error(`${id}: bad header line ${line}`);
    const [, key, sub, value] = m as unknown as [string, string, string | undefined, string];
    if (key === "claim" && sub) claims.push({ id: sub, text: value });
    else if (key === "speaker" && sub) {
      const [name, role, organization] = value.split("|").map((s) => s.trim());
      const orNull = (s: string | undefined) => (!s || s === "-" ? null : s);
      speakers.set(sub, { name: name ?? "", role: orNull(role), organization: orNull(organization) });
    } else fields.set(key, value);
  }
  const quotes: GoldQuote[] = [];
  let text = "";
  let last = 0;
  const marker = /\[\[([^\]|]+)\|([^\]]+)\]\]/g;
  for (const m of body.matchAll(marker)) {
    text += body.slice(last, m.index);
    const [, words, annotation] = m as unknown as [string, string, string];
    const [spk, kind, rel, stance] = annotation.trim().split(/\s+/);
    if (!kinds.includes(kind as QuoteKind)) throw new Error(`${id}: bad kind in ${m[0]}`);
    if (rel !== "+" && rel !== "-") throw new Error(`${id}: bad relevance in ${m[0]}`);
    const speaker = spk === "-" ? null : speakers.get(spk ?? "");
    if (speaker === undefined) throw new Error(`${id}: unknown speaker ${spk}`);
    let goldStance: GoldQuote["stance"] = null;
    if (stance && stance !== "-") {
      const [claimId, label] = stance.split(":");
      if (!claims.some((c) => c.id === claimId) || !stanceLabels.includes(label as StanceLabel))
        throw new Error(`${id}: bad stance ${stance}`);
      goldStance = { claimId: claimId!, label: label as StanceLabel };
    }
    const start = text.length;
    text += words;
    quotes.push({
      text: words,
      start,
      end: text.length,
      kind: kind as QuoteKind,
      speaker,
      relevant: rel === "+",
      stance: goldStance,
    });
    last = (m.index ?? 0) + m[0].length;
  }
  text += body.slice(last);
  if (text.includes("[[") || text.includes("]]")) throw new Error(`${id}: unbalanced marker`);
  const number = Number.parseInt(id.slice(0, 3), 10);
  return {
    id,
    split:
      number >= firstHeldOut6Number
        ? "heldout6"
        : number >= firstHeldOut5Number
          ? "heldout5"
          : number >= firstHeldOut4Number
            ? "heldout4"
            : number >= firstHeldOut3Number
              ? "heldout3"
              : number >= firstHeldOut2Number
                ? "heldout2"
                : number >= firstHeldOutNumber
                  ? "heldout"
                  : "dev",
    outlet: fields.get("outlet") ?? "",
    title: fields.get("title") ?? "",
    publishedAt: fields.get("publishedAt") ?? "",
    text,
    claims,
    quotes,
  };
}

function main(): void {
  const here = new URL(".", import.meta.url).pathname;
  const sourceDir = process.argv[2] ?? join(here, "source");
  const corpusDir = process.argv[3] ?? join(here, "corpus");
  const files = readdirSync(sourceDir).filter((f) => f.endsWith(".txt"));
  for (const file of files.sort()) {
    const id = basename(file, ".txt");
    const article = buildArticle(id, readFileSync(join(sourceDir, file), "utf8"));
    writeFileSync(join(corpusDir, `${id}.json`), `${JSON.stringify(article, null, 2)}\n`);
  }
  console.log(`built ${files.length} articles into ${corpusDir}`);
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) main();
