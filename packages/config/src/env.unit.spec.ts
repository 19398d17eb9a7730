import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv, parseDurations } from "./env.ts";

describe("loadEnv", () => {
  it("fills defaults for a bare environment", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBe("postgres://postgres@127.0.0.1:5432/pushback");
    expect(env.PUSHBACK_API_PORT).toBe(8080);
    expect(env.PUSHBACK_HOST_DELAY_MS).toBe(2000);
  });

  it("coerces numbers and treats empty values as unset", () => {
    const env = loadEnv({ PUSHBACK_API_PORT: "9090", REDIS_URL: "" });
    expect(env.PUSHBACK_API_PORT).toBe(9090);
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
  });

  it("lists every invalid variable in one error", () => {
    let error: unknown;
    try {
      loadEnv({ DATABASE_URL: "mysql://x", PUSHBACK_API_PORT: "70000", PUSHBACK_REFETCH_AFTER: "soon" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("PUSHBACK_API_PORT");
    expect(message).toContain("PUSHBACK_REFETCH_AFTER");
  });
});

describe("parseDurations", () => {
  it("reads a comma list of durations", () => {
    expect(parseDurations("1h, 6h,24h")).toEqual([3_600_000, 21_600_000, 86_400_000]);
    expect(parseDurations("30s,2m,1d")).toEqual([30_000, 120_000, 86_400_000]);
  });
});
