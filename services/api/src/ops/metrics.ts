import type { FastifyInstance } from "fastify";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { ApiDeps } from "../http/apiDeps.ts";

/**
 * GET /metrics (open, Prometheus text): request durations by route, and each processor's lag,
 * the events in the log after its checkpoint (live projection generations and reactors).
 */
export function registerMetrics(app: FastifyInstance, { database }: ApiDeps, liveStreams: () => number): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "pushback_api_" });
  const durations = new Histogram({
    name: "pushback_http_request_duration_seconds",
    help: "HTTP request durations by method, route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: "pushback_processor_lag_events",
    help: "events in the log after the processor's checkpoint",
    labelNames: ["processor"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await processorLag(database.sql)) this.set({ processor: row.processor }, row.lag);
    },
  });
  new Gauge({
    name: "pushback_api_live_streams",
    help: "clients connected to /api/stream",
    registers: [registry],
    collect() {
      this.set(liveStreams());
    },
  });
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    if (route === "/api/stream") return;
    durations.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) => {
    const text = await registry.metrics();
    return reply.type(registry.contentType).send(text);
  });
  return registry;
}

async function processorLag(sql: ApiDeps["database"]["sql"]) {
  return sql<{ processor: string; lag: number }[]>`
    select split_part(c.processor, '@', 1) as processor,
           (select count(*)::int from events e
             where (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)) as lag
    from processor_checkpoints c
    where c.processor not like '%@%'
       or c.processor in (select name || '@' || active_generation from projections)
    order by c.processor`;
}
