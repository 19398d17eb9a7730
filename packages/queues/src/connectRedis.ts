import { Redis } from "ioredis";

export class RedisUnavailableError extends Error {
  override readonly name = "RedisUnavailableError";
}

/**
 * An ioredis connection for BullMQ (which needs `maxRetriesPerRequest: null` on workers).
 * `connectRedis` waits until it answers, so that a missing Redis is reported at start with
 * where we looked and how to start one.
 */
export async function connectRedis(url: string, options: { timeoutMs?: number } = {}): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, enableOfflineQueue: true });
  redis.on("error", () => {}); // reported through commands; ioredis reconnects by itself
  try {
    await withTimeout(redis.connect(), options.timeoutMs ?? 5_000);
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new RedisUnavailableError(
      `cannot reach Redis at ${url} (${error instanceof Error ? error.message : String(error)}). ` +
        "Start one with `docker compose up -d redis`, or set REDIS_URL.",
      { cause: error },
    );
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
