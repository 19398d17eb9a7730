import type { Command } from "commander";
import { registerApiKeyCommands } from "./apikeys.ts";
import { registerDbCommands } from "./db.ts";
import { registerDemoCommand } from "./demo.ts";
import { registerExtractCommand } from "./extract.ts";
import { registerFeedCommands } from "./feeds.ts";
import { registerProjectionCommands } from "./projections.ts";
import { registerRunCommand } from "./run.ts";
import { registerStanceCommand } from "./stance.ts";
import { registerStatusCommand } from "./status.ts";
import { registerSubscriptionCommands } from "./subscriptions.ts";

/** Every command of the CLI, one registration per file. */
export function registerCommands(program: Command): void {
  registerApiKeyCommands(program);
  registerDbCommands(program);
  registerDemoCommand(program);
  registerFeedCommands(program);
  registerExtractCommand(program);
  registerProjectionCommands(program);
  registerRunCommand(program);
  registerStanceCommand(program);
  registerStatusCommand(program);
  registerSubscriptionCommands(program);
}
