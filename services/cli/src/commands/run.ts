import { loadEnv } from "@pushback/config";
import { createLogger, openDatabase, openEventStore } from "@pushback/runtime";
import type { Command } from "commander";
import { serviceMigrations } from "../migrations.ts";
import { type RunningService, serviceDefinitions } from "../services.ts";

const STOP_TIMEOUT_MS = 20_000;

export function registerRunCommand(program: Command): void {
  program
    .command("run")
    .argument("<service>", `one of: all, ${serviceDefinitions.map((s) => s.name).join(", ")}`)
    .description("run a service (or all of them in one process) until SIGTERM")
    .action(async (name: string) => {
      const chosen = name === "all" ? serviceDefinitions : serviceDefinitions.filter((s) => s.name === name);
      if (chosen.length === 0) throw new Error(`unknown service "${name}"`);
      const env = loadEnv();
      const logger = createLogger(env.LOG_LEVEL, name);
      const database = await openDatabase(env.DATABASE_URL, {
        applicationName: `pushback-${name}`,
        max: 20,
        migrations: serviceMigrations,
      });
      const applied = await database.migrate();
      if (applied.length) logger.info({ applied }, "migrated");
      const context = { env, database, store: openEventStore(database), logger };
      const running: RunningService[] = [];
      for (const service of chosen) running.push(await service.start(context));
      logger.info({ services: chosen.map((s) => s.name) }, "running");
      await new Promise<void>((resolve) => {
        const shutdown = (signal: string) => {
          logger.info({ signal }, "stopping");
          resolve();
        };
        process.once("SIGTERM", () => shutdown("SIGTERM"));
        process.once("SIGINT", () => shutdown("SIGINT"));
      });
      // Drain under our own deadline: a stuck job must not keep the process from exiting.
      const timeout = new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref());
      await Promise.race([Promise.all(running.map((service) => service.stop())), timeout]);
      await database.close();
      logger.info("stopped");
    });
}
