import { Command } from "commander";
import { registerCommands } from "./commands/index.ts";

/** Builds the `pushback` program; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command("pushback").description(
    "Pushback: media monitoring of claims, denials and clarifications",
  );
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`pushback: ${error instanceof Error ? error.message : String(error)}\n`);
    // A failed command may leave sockets behind (a half-open pool): never hang on them.
    process.exit(1);
  }
}
