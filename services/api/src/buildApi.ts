import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { Env } from "@pushback/config";
import { ensureProjection } from "@pushback/eventstore";
import { createDashboardViews, storyViews } from "@pushback/projections";
import { QUEUE } from "@pushback/queues";
import type { Database, Logger, PushbackStore } from "@pushback/runtime";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync, LogController } from "fastify";
import type { Redis } from "ioredis";
import { sql } from "kysely";
import { queueBoard } from "./admin/queueBoard.ts";
import { hashApiKey } from "./auth/apiKeys.ts";
import { createAuthenticator } from "./auth/authenticate.ts";
import { registerListContradictions } from "./contradictions/listContradictionsRoute.ts";
import { registerDashboard } from "./dashboard/dashboardRoutes.ts";
import type { ApiDeps } from "./http/apiDeps.ts";
import { installErrorHandler } from "./http/errors.ts";
import { sharedSchemas } from "./http/schemas.ts";
import { registerEvents } from "./log/eventsRoute.ts";
import { createLogFollower } from "./log/logFollower.ts";
import { registerStream } from "./log/streamRoute.ts";
import { registerHealth } from "./ops/health.ts";
import { registerMetrics } from "./ops/metrics.ts";
import { registerAck } from "./stories/ackRoute.ts";
import { registerListStories } from "./stories/listStoriesRoute.ts";
import { registerStory } from "./stories/storyRoute.ts";

/** What an extension plugin is registered with (see `plugins` below). */
export interface ApiPluginOptions {
  store: PushbackStore;
  database: Database;
  /** The database's Kysely (what @pushback/notifier's plugins take as `db`). */
  db: Database["db"];
  env: Env;
  logger: Logger;
  redis?: Redis;
}

export interface BuildApiOptions extends Omit<ApiPluginOptions, "db"> {
  /**
   * EXTENSION POINT: extra route plugins (e.g. @pushback/notifier's subscriptionRoutes and
   * alertRoutes), registered at the root with ApiPluginOptions. Any route they add under `/api/`
   * requires an API key like the built-in ones (`request.caller` is set); other paths stay open.
   */
  plugins?: FastifyPluginAsync<any>[];
  /** How long a verified key is trusted before Postgres is asked again (default 5 s; 0 = always ask). */
  authCacheMs?: number;
  /** Live stream tuning, for tests: log poll interval and heartbeat period. */
  streamPollMs?: number;
  heartbeatMs?: number;
}

const isApi = (url: string) => url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");

/**
 * The HTTP API and dashboard as a Fastify instance, not yet listening (`app.inject` works, so does
 * `app.listen`). Closing it stops the live stream's log follower; connections stay the caller's.
 */
export async function buildApi(options: BuildApiOptions): Promise<FastifyInstance> {
  const { env, logger, redis } = options;
  const app = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    // Request lines would dominate the logs; durations are in /metrics.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  const deps: ApiDeps = { store: options.store, database: options.database, logger };
  // The routes read the stories projection's views: make sure they exist even before the projector's first run.
  await ensureProjection(options.database.db, storyViews);
  // Databases whose projection predates the dashboard views get them now (a rebuild recreates them anyway).
  await options.database.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      found: string | null;
    }>`select to_regclass('dashboard.daily_counts')::text as found`.execute(trx);
    if (!rows[0]?.found) await createDashboardViews(trx);
  });
  installErrorHandler(app);
  for (const schema of sharedSchemas) app.addSchema(schema);

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Pushback API",
        version: "1",
        description: "Stories of claims about governments' access to platforms, and the responses.",
      },
      components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });

  const origins = env.PUSHBACK_CORS_ORIGINS.split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  await app.register(cors, {
    origin: origins.length ? origins : false,
    allowedHeaders: ["authorization", "content-type"],
  });

  await app.register(rateLimit, {
    global: true,
    max: env.PUSHBACK_API_RATE_LIMIT,
    timeWindow: 60_000,
    // Per key (by its hash: keys never reach Redis), per address for requests without one.
    keyGenerator: (request) => {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
      return match ? `key:${hashApiKey(match[1]!)}` : `ip:${request.ip}`;
    },
    allowList: (request) => !isApi(request.url),
    ...(redis ? { redis, nameSpace: `${env.PUSHBACK_REDIS_PREFIX}:api-rate:` } : {}),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`rate limit of ${context.max} requests per minute exceeded; retry in ${context.after}`), {
        statusCode: 429,
        code: "rate_limited",
      }),
  });

  const authenticate = createAuthenticator(options.database.db, { cacheMs: options.authCacheMs ?? 5_000 });
  app.addHook("onRequest", async (request, reply) => {
    if (request.method === "OPTIONS" || !isApi(request.url)) return;
    await authenticate(request, reply);
  });

  registerHealth(app, deps, redis);
  registerDashboard(app);
  registerListStories(app, deps);
  registerStory(app, deps);
  registerAck(app, deps);
  registerListContradictions(app, deps);
  registerEvents(app, deps);
  const follower = createLogFollower(options.store, logger, options.streamPollMs);
  const liveStreams = registerStream(app, deps, follower, options.heartbeatMs ?? 15_000);
  registerMetrics(app, deps, liveStreams);
  app.addHook("onClose", () => follower.stop());
  if (redis) {
    // The queue inspector needs Redis; it has its own key check (browsers send Basic auth).
    await app.register(queueBoard, {
      db: options.database.db,
      redis,
      redisPrefix: env.PUSHBACK_REDIS_PREFIX,
      queueNames: [QUEUE.feedPoll, QUEUE.articleFetch],
    });
  }

  const pluginOptions: ApiPluginOptions = {
    store: options.store,
    database: options.database,
    db: options.database.db,
    env,
    logger,
    redis,
  };
  for (const plugin of options.plugins ?? []) await app.register(plugin, pluginOptions);
  return app;
}
