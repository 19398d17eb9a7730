import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.spec.ts", "services/*/src/**/*.spec.ts", "tests/**/*.spec.ts"],
    // Integration tests share one Postgres and one Redis: each file has its own database or key
    // prefix, and 2 cores limit useful parallelism.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
