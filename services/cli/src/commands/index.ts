import type { Command } from "commander";
import { registerDbCommands } from "./db.ts";

/** Every command of the CLI, one registration per file. */
export function registerCommands(program: Command): void {
  registerDbCommands(program);
}
