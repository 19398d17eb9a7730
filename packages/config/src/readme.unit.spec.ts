import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { envSchema } from "./env.ts";

it("the README lists every environment variable", () => {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  for (const name of Object.keys(envSchema.shape)) expect(readme).toContain(`| \`${name}\``);
});
