import type { Env } from "@pushback/config";
import { alertRoutes, subscriptionRoutes, unsubscribeRoutes } from "@pushback/notifier";
import type { Database, Logger, PushbackStore } from "@pushback/runtime";
import type { FastifyPluginAsync } from "fastify";
import { Redis } from "ioredis";
import { buildApi } from "./buildApi.ts";

const STOP_GRACE_MS = 5_000;

export interface ApiContext {
  env: Env;
  database: Database;
  store: PushbackStore;
  logger: Logger;
  /** Extra route plugins (see BuildApiOptions.plugins); default: the notifier's subscription, alert and unsubscribe routes. */
  plugins?: FastifyPluginAsync<any>[];
  /** Listen address; default all interfaces (a container), 127.0.0.1 in tests. */
  host?: string;
  /** Overrides PUSHBACK_API_PORT (0 = any free port). */
  port?: number;
}

export interface RunningApi {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  stop(): Promise<void>;
}

/** Starts the API on PUSHBACK_API_PORT with its own Redis connection (rate limits, readiness). */
export async function startApi(context: ApiContext): Promise<RunningApi> {
  const { env, logger } = context;
  // Auto-pipelining: concurrent requests' rate-limit counts share one write to Redis.
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2, enableAutoPipelining: true });
  redis.on("error", (error) => logger.warn({ err: error }, "api redis error"));
  await redis.connect();
  const plugins = context.plugins ?? [subscriptionRoutes, alertRoutes, unsubscribeRoutes];
  const app = await buildApi({ ...context, redis, plugins });
  const host = context.host ?? "0.0.0.0";
  await app.listen({ host, port: context.port ?? env.PUSHBACK_API_PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : env.PUSHBACK_API_PORT;
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  logger.info({ url }, "api listening");
  return {
    url,
    async stop() {
      // In-flight requests get a grace period; connections still open after it are cut.
      const grace = setTimeout(() => app.server.closeAllConnections(), STOP_GRACE_MS).unref();
      await app.close();
      clearTimeout(grace);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
