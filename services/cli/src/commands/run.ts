import { loadEnv } from "@pushback/config";
import { readProcessorStatus } from "@pushback/eventstore";
import {
  createLogger,
  openDatabase,
  openEventStore,
  processorLagEvents,
  processorLagSeconds,
  processorParked,
  startOpsServer,
} from "@pushback/runtime";
import type { Command } from "commander";
import { sql } from "kysely";
import { serviceMigrations } from "../migrations.ts";
import { SERVICE_NAMES } from "../serviceNames.ts";
import type { RunningService } from "../services.ts";

const STOP_TIMEOUT_MS = 20_000;

export function registerRunCommand(program: Command): void {
  program
    .command("run")
    .argument("<service>", `one of: all, ${SERVICE_NAMES.join(", ")}`)
    .description("run a service (or all of them in one process) until SIGTERM")
    .action(async (name: string) => {
      const { serviceDefinitions } = await import("../services.ts");
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
      try {
        for (const service of chosen) running.push(await service.start(context));
      } catch (error) {
        // A dependency is missing (Redis, SMTP…): undo what started, so the process can exit.
        for (const service of running.reverse()) await service.stop().catch(() => {});
        await database.close();
        throw error;
      }
      const ops = await startOpsServer({
        port: env.PUSHBACK_OPS_PORT,
        checks: Object.assign(
          { postgres: () => sql`select 1`.execute(database.db) },
          ...running.map((service) => service.checks ?? {}),
        ),
        collectors: [
          async () => {
            for (const p of await readProcessorStatus(database.db)) {
              processorLagEvents.set({ processor: p.processor }, p.lagEvents);
              processorLagSeconds.set({ processor: p.processor }, p.lagSeconds);
              processorParked.set({ processor: p.processor }, p.parked);
            }
          },
          ...running.flatMap((service) => service.collectors ?? []),
        ],
        registries: running.flatMap((service) => (service.registry ? [service.registry] : [])),
      });
      logger.info({ services: chosen.map((s) => s.name), opsPort: ops.port }, "running");
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
      await ops.close();
      await database.close();
      logger.info("stopped");
    });
}
