import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STANCES, type Stance } from "../src/labels.ts";

export interface LabelledPair {
  claim: string;
  text: string;
  label: Stance;
  source: string;
  /** Speaker as free text, where the corpus names one. */
  speaker?: string;
  /** The corpus's own split ("dev", "heldout"), where it has one. */
  split?: string;
}

function isStance(label: unknown): label is Stance {
  return typeof label === "string" && (STANCES as readonly string[]).includes(label);
}

/** Our own invented pairs: one JSON object per line, `{claim, text, label}`. */
export function readPairsJsonl(file: string): LabelledPair[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as { claim: string; text: string; label: unknown };
      if (!isStance(row.label)) throw new Error(`${file}:${i + 1}: unknown label ${String(row.label)}`);
      return { claim: row.claim, text: row.text, label: row.label, source: file };
    });
}

interface QuotesCorpusFile {
  split?: string;
  claims?: { id: string; text: string }[];
  quotes?: {
    text: string;
    speaker?: { name?: string | null; role?: string | null; organization?: string | null } | null;
    stance?: { claimId: string; label: string } | null;
  }[];
}

/** Pairs labelled by the quotes developer: every quote whose stance names a claim of the same file. */
export function readQuotesCorpus(dir: string): LabelledPair[] {
  if (!existsSync(dir)) return [];
  const pairs: LabelledPair[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const file = join(dir, name);
    let data: QuotesCorpusFile;
    try {
      data = JSON.parse(readFileSync(file, "utf8")) as QuotesCorpusFile;
    } catch {
      console.warn(`skipping ${file}: not valid JSON (still being written?)`);
      continue;
    }
    const claims = new Map((data.claims ?? []).map((c) => [c.id, c.text]));
    for (const quote of data.quotes ?? []) {
      const claim = quote.stance ? claims.get(quote.stance.claimId) : undefined;
      if (!quote.stance || claim === undefined || !isStance(quote.stance.label)) continue;
      const speaker = [quote.speaker?.name, quote.speaker?.role, quote.speaker?.organization]
        .filter(Boolean)
        .join(", ");
      pairs.push({
        claim,
        text: quote.text,
        label: quote.stance.label,
        source: file,
        speaker,
        split: data.split ?? "",
      });
    }
  }
  return pairs;
}
