import type { Command } from "commander";
import { serviceMigrations } from "../migrations.ts";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("run the real pipeline offline on a news corpus served on loopback, and show the story and the alert")
    .option("--exit", "stop after printing the story and the email")
    .action(async (options: { exit?: boolean }) => {
      // Loaded on demand, like every heavy module of the CLI: `pushback --help` stays quick.
      const [{ runDemo }, { serviceDefinitions }] = await Promise.all([
        import("@pushback/demo"),
        import("../services.ts"),
      ]);
      await runDemo({ services: serviceDefinitions, migrations: serviceMigrations, exit: options.exit === true });
    });
}
