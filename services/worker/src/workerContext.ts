import type { Env } from "@pushback/config";
import { createFetcher, type Fetcher } from "@pushback/fetcher";
import { connectRedis, createQueues, type PipelineQueues } from "@pushback/queues";
import type { Logger, PushbackStore } from "@pushback/runtime";
import type { Redis } from "ioredis";
import { PollState } from "./pollState.ts";

/** What the ingestion handlers need; built once per process by startWorker. */
export interface WorkerContext {
  env: Env;
  store: PushbackStore;
  fetcher: Fetcher;
  queues: PipelineQueues;
  state: PollState;
  logger: Logger;
}

/** Connects Redis and builds the queues, fetcher and poll state from the environment. */
export async function createWorkerContext({
  env,
  store,
  logger,
}: {
  env: Env;
  store: PushbackStore;
  logger: Logger;
}): Promise<{ context: WorkerContext; redis: Redis }> {
  const redis = await connectRedis(env.REDIS_URL);
  const prefix = env.PUSHBACK_REDIS_PREFIX;
  const fetcher = createFetcher({
    redis,
    keyPrefix: `${prefix}:fetcher:`,
    hostDelayMs: env.PUSHBACK_HOST_DELAY_MS,
    allowPrivateHosts: env.PUSHBACK_ALLOW_PRIVATE_HOSTS,
  });
  const queues = createQueues(redis, prefix);
  return { context: { env, store, fetcher, queues, state: new PollState(redis, prefix), logger }, redis };
}
