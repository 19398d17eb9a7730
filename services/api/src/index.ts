// Public surface of @pushback/api, for services and the CLI only.
export {
  type ApiKeyRow,
  createApiKey,
  hashApiKey,
  listApiKeys,
  revokeApiKey,
} from "./auth/apiKeys.ts";
/** buildApi(options) → a Fastify instance (not listening); `plugins` is the extension point for extra routes. */
export { type ApiPluginOptions, type BuildApiOptions, buildApi } from "./buildApi.ts";
/** startApi(context) → {url, stop()}: the `api` service. */
export { type ApiContext, type RunningApi, startApi } from "./startApi.ts";
/** foldStory(events, storyId, asOf) → StoryDetail | null: the pure replay behind `?asOf`. */
export { foldStory } from "./stories/foldStory.ts";
export type { StoryDetail, StorySummary } from "./stories/storyTypes.ts";
