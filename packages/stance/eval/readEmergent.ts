import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Polarity } from "../src/labels.ts";

export interface EmergentRow {
  claimId: string;
  claim: string;
  headline: string;
  label: Polarity;
}

export type EmergentSplit = "train" | "test";

/** The clean Emergent CSVs (Ferreira & Vlachos 2016) as split by the paper: claim-disjoint train and test. */
export function emergentFile(dir: string, split: EmergentSplit): string {
  return join(dir, `url-versions-2015-06-14-clean-${split}.csv`);
}

export function hasEmergent(dir: string): boolean {
  return existsSync(emergentFile(dir, "train")) && existsSync(emergentFile(dir, "test"));
}

export function readEmergent(dir: string, split: EmergentSplit): EmergentRow[] {
  const records: Record<string, string>[] = parse(readFileSync(emergentFile(dir, split), "utf8"), {
    columns: true,
    skip_empty_lines: true,
  });
  return records.map((r) => ({
    claimId: r["claimId"]!,
    claim: r["claimHeadline"]!,
    headline: r["articleHeadline"]!,
    label: r["articleHeadlineStance"] as Polarity,
  }));
}

/** Default corpus folder: $PUSHBACK_CORPORA/stance/emergent, else ../shared/corpora beside the repo. */
export function defaultEmergentDir(repoRoot: string): string {
  const corpora = process.env["PUSHBACK_CORPORA"] ?? join(repoRoot, "..", "shared", "corpora");
  return join(corpora, "stance", "emergent");
}
