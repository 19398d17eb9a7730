import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiHarness, createApiHarness } from "../testSupport/apiHarness.ts";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness("api_rate");
}, 30_000);

afterAll(() => h?.close());

it("answers 429 past PUSHBACK_API_RATE_LIMIT per minute, per key, counted in Redis", async () => {
  const { url } = await h.start({ env: { PUSHBACK_API_RATE_LIMIT: "5" } });
  const [a, b] = [await h.key("a"), await h.key("b")];
  const call = (key: string) => fetch(`${url}/api/stories`, { headers: { authorization: `Bearer ${key}` } });
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await call(a.key)).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  const limited = await call(a.key);
  expect(limited.status).toBe(429);
  expect(await limited.json()).toMatchObject({ error: "rate_limited" });
  expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  expect((await call(b.key)).status).toBe(200);
  // Open paths are not limited.
  for (let i = 0; i < 8; i++) expect((await fetch(`${url}/healthz`)).status).toBe(200);
});

it("allows a browser origin only when listed in PUSHBACK_CORS_ORIGINS", async () => {
  const { url } = await h.start({ env: { PUSHBACK_CORS_ORIGINS: "https://desk.example, https://other.example" } });
  const preflight = (origin: string) =>
    fetch(`${url}/api/stories`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
    });
  expect((await preflight("https://desk.example")).headers.get("access-control-allow-origin")).toBe(
    "https://desk.example",
  );
  expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  const closed = await h.start();
  const response = await fetch(`${closed.url}/api/stories`, { headers: { origin: "https://desk.example" } });
  expect(response.headers.get("access-control-allow-origin")).toBeNull();
});
