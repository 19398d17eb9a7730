import { z } from "zod";

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
  );

const durationList = z
  .string()
  .regex(/^\s*\d+[smhd](\s*,\s*\d+[smhd])*\s*$/, "must be a comma list of durations such as 1h,6h,24h");

/**
 * Every environment variable Pushback reads, with its default. The README's table mirrors this:
 * keep the two in step.
 */
export const envSchema = z.object({
  DATABASE_URL: url(["postgres:", "postgresql:"]).default("postgres://postgres@127.0.0.1:5432/pushback"),
  REDIS_URL: url(["redis:", "rediss:"]).default("redis://127.0.0.1:6379"),
  SMTP_URL: url(["smtp:", "smtps:"]).default("smtp://127.0.0.1:1025"),
  PUSHBACK_API_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  PUSHBACK_API_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  PUSHBACK_CORS_ORIGINS: z.string().default(""),
  PUSHBACK_OPS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  PUSHBACK_PUBLIC_URL: url(["http:", "https:"]).default("http://localhost:8080"),
  PUSHBACK_POLL_SECONDS: z.coerce.number().int().min(1).default(300),
  PUSHBACK_MIN_POLL_SECONDS: z.coerce.number().int().min(1).default(60),
  PUSHBACK_ADAPTIVE_POLLING: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
  PUSHBACK_REDIS_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_:-]+$/, "letters, digits, _ : - only")
    .default("pushback"),
  PUSHBACK_HOST_DELAY_MS: z.coerce.number().int().min(0).default(2000),
  PUSHBACK_ALLOW_PRIVATE_HOSTS: z.string().default(""),
  PUSHBACK_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  PUSHBACK_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  PUSHBACK_REFETCH_AFTER: durationList.default("1h,6h,24h"),
  PUSHBACK_ALERT_GROUP_SECONDS: z.coerce.number().int().min(0).default(60),
  PUSHBACK_ALERT_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  PUSHBACK_ALERT_FROM: z
    .string()
    .regex(/^[^\r\n]+$/, "one line")
    .default("Pushback <alerts@localhost>"),
  PUSHBACK_SECRET: z.string().min(16, "must be at least 16 characters").default("change-me-in-production-please"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.output<typeof envSchema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Validates the environment once at start; every problem is listed in one message. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** `1h,6h,24h` → [3600000, 21600000, 86400000]. */
export function parseDurations(list: string): number[] {
  const unit: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return list
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => Number(part.slice(0, -1)) * unit[part.slice(-1)]!);
}
