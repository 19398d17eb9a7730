import { readFileSync } from "node:fs";
import { envSchema } from "@pushback/config";
import { serviceDefinitions } from "pushback-cli/services";
import { expect, it } from "vitest";
import { parse } from "yaml";

// No Docker engine runs in CI, so the compose file is checked against the code instead.
const compose = parse(readFileSync(new URL("../docker-compose.yml", import.meta.url), "utf8"), { merge: true });

it("runs Postgres 16, Redis 7 with noeviction and AOF, and Mailpit", () => {
  expect(compose.services.postgres.image).toBe("postgres:16");
  expect(compose.services.redis.image).toBe("redis:7");
  expect(compose.services.redis.command).toEqual(expect.arrayContaining(["--maxmemory-policy", "noeviction"]));
  expect(compose.services.redis.command).toEqual(expect.arrayContaining(["--appendonly", "yes"]));
  expect(compose.services.mailpit.image).toMatch(/^axllent\/mailpit/);
});

it("runs every Pushback service the CLI knows, from the shared Dockerfile, with known variables", () => {
  const known = new Set(serviceDefinitions.map((s) => s.name));
  const variables = new Set(Object.keys(envSchema.shape));
  const pushbackServices = Object.entries<any>(compose.services).filter(([, s]) => s.build?.dockerfile);
  const commands = pushbackServices.map(([, s]) => s.command[1]);
  expect(new Set(commands)).toEqual(known);
  for (const [, service] of pushbackServices) {
    expect(service.build.dockerfile).toBe("infra/Dockerfile");
    expect(service.command[0]).toBe("run");
    for (const name of Object.keys(service.environment)) expect(variables.has(name)).toBe(true);
  }
});

it("lists the same service names where the CLI describes them", async () => {
  const { SERVICE_NAMES } = await import("pushback-cli/serviceNames");
  expect([...SERVICE_NAMES].sort()).toEqual(serviceDefinitions.map((s) => s.name).sort());
});
