export { connectRedis, RedisUnavailableError } from "./connectRedis.ts";
export { createQueues, DEFAULT_JOB_OPTIONS, type PipelineQueues } from "./createQueues.ts";
export {
  type ArticleFetchJob,
  articleJobId,
  type FeedPollJob,
  type FetchReason,
  feedSchedulerId,
  QUEUE,
} from "./jobs.ts";
