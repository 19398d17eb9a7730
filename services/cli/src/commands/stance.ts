import { createInterface } from "node:readline";
import { classifyStance } from "@pushback/stance";
import type { Command } from "commander";

/** Classifies one input line; any problem with the line becomes `{error}` so the stream keeps going. */
export function stanceLine(line: string): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { error: 'expected an object {"claim": "...", "text": "..."}' };
  }
  const { claim, text, speaker } = input as Record<string, unknown>;
  if (typeof claim !== "string" || typeof text !== "string") {
    return { error: '"claim" and "text" must both be strings' };
  }
  if (speaker !== undefined && speaker !== null && typeof speaker !== "string") {
    return { error: '"speaker", when given, must be a string' };
  }
  const { stance, confidence, cues } = classifyStance(claim, text, speaker ? { speaker } : undefined);
  return { stance, confidence, cues };
}

export function registerStanceCommand(program: Command): void {
  program
    .command("stance")
    .description(
      'read JSON lines {"claim", "text", "speaker"?} on stdin; write one JSON line {stance, confidence, cues} (or {error}) per input line, in order',
    )
    .action(async () => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        const out = JSON.stringify(stanceLine(line));
        // Respect back-pressure so large inputs do not buffer the whole output in memory.
        if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once("drain", resolve));
      }
    });
}
