import { runDemo } from "@pushback/demo";
import type { Command } from "commander";
import { serviceMigrations } from "../migrations.ts";
import { serviceDefinitions } from "../services.ts";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("run the real pipeline offline on a news corpus served on loopback, and show the story and the alert")
    .option("--exit", "stop after printing the story and the email")
    .action(async (options: { exit?: boolean }) => {
      await runDemo({ services: serviceDefinitions, migrations: serviceMigrations, exit: options.exit === true });
    });
}
