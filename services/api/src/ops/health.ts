import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type { ApiDeps } from "../http/apiDeps.ts";

const CHECK_TIMEOUT_MS = 2_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref()),
  ]);
}

/** /healthz: the process answers. /readyz: Postgres (and Redis, when the API has one) answer too. */
export function registerHealth(app: FastifyInstance, { database }: ApiDeps, redis?: Redis): void {
  const hidden = { schema: { hide: true } };
  app.get("/healthz", hidden, async () => ({ status: "ok" }));
  app.get("/readyz", hidden, async (_request, reply) => {
    const checks: Record<string, string> = {};
    const check = async (name: string, probe: () => Promise<unknown>) => {
      try {
        await within(probe(), CHECK_TIMEOUT_MS);
        checks[name] = "ok";
      } catch (error) {
        checks[name] = (error as Error).message;
      }
    };
    await Promise.all([
      check("postgres", () => database.sql`select 1`),
      redis ? check("redis", () => redis.ping()) : Promise.resolve(),
    ]);
    const ready = Object.values(checks).every((value) => value === "ok");
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "unavailable", checks });
  });
}
