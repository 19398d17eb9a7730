import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Registry } from "prom-client";
import { type MetricsCollector, metricsRegistry } from "./metrics.ts";

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

export interface OpsServerOptions {
  port: number;
  host?: string;
  /** Each dependency's check; /readyz answers 503 naming the ones that fail. */
  checks: Record<string, () => Promise<unknown>>;
  collectors?: MetricsCollector[];
  /** Registries of services that keep their own metrics (the notifier's alert counters). */
  registries?: Registry[];
}

/**
 * /healthz (the process is up), /readyz (its dependencies answer) and /metrics (Prometheus) for a
 * service process, so that every worker, desk, projector and notifier can be probed and scraped.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const registry = options.registries?.length
    ? Registry.merge([metricsRegistry, ...options.registries])
    : metricsRegistry;
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    try {
      if (path === "/healthz") {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
      } else if (path === "/readyz") {
        const results = await Promise.all(
          Object.entries(options.checks).map(async ([name, check]) => {
            try {
              await withTimeout(check(), 2_000);
              return [name, "ok"] as const;
            } catch (error) {
              return [name, error instanceof Error ? error.message : String(error)] as const;
            }
          }),
        );
        const failing = results.filter(([, outcome]) => outcome !== "ok");
        response
          .writeHead(failing.length ? 503 : 200, { "content-type": "application/json" })
          .end(JSON.stringify({ status: failing.length ? "unavailable" : "ok", checks: Object.fromEntries(results) }));
      } else if (path === "/metrics") {
        await Promise.all((options.collectors ?? []).map((collect) => collect().catch(() => {})));
        response.writeHead(200, { "content-type": registry.contentType }).end(await registry.metrics());
      } else {
        response.writeHead(404).end();
      }
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}
