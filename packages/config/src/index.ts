export { ConfigError, type Env, envSchema, loadEnv, parseDurations } from "./env.ts";
