import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "./auth/apiKeys.ts";
import type { StoryDetail } from "./stories/storyTypes.ts";
import { type ApiHarness, createApiHarness } from "./testSupport/apiHarness.ts";
import { storyScenario } from "./testSupport/storyScenario.ts";

let h: ApiHarness;
let url: string;
let key: string;
const get = (path: string, token: string | null = key) =>
  fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const json = async (path: string) => {
  const response = await get(path);
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
};

// Five stories a day apart (kz newest), vn answered by a clarification, a merged duplicate of kz.
const day = (n: number) => new Date(Date.UTC(2021, 10, 20 + n, 8));
const seeds = [
  { storyId: "kz", publishedAt: day(5) },
  {
    storyId: "vn",
    publishedAt: day(4),
    government: "Vietnam",
    platform: "YouTube",
    responseType: "clarification" as const,
  },
  { storyId: "et", publishedAt: day(3), government: "Ethiopia" },
  { storyId: "ng", publishedAt: day(2), government: "Nigeria", platform: "Twitter" },
  { storyId: "kz-dup", publishedAt: day(1) },
];

beforeAll(async () => {
  h = await createApiHarness("api");
  // Responses come in a later transaction than the openings, so that ?asOf can fall between them.
  for (const seed of seeds) await h.append(seed.storyId, storyScenario(seed).opening);
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const seed of seeds) if (seed.storyId !== "ng") await h.append(seed.storyId, storyScenario(seed).response);
  await h.append("kz", [
    {
      id: "0b0f6a55-5a51-4b8e-9a55-3b0c2f4e6a01",
      type: "StoriesMerged",
      data: { storyId: "kz", mergedStoryId: "kz-dup", reason: "same claim" },
    },
  ]);
  await h.projector.whenCaughtUp(10_000);
  ({ url } = await h.start());
  ({ key } = await h.key("desk"));
}, 30_000);

afterAll(() => h?.close());

describe("GET /api/stories", () => {
  it("lists by latest activity, hides merged stories, pages with an opaque cursor", async () => {
    const all = await json("/api/stories");
    expect(all.items.map((s: { storyId: string }) => s.storyId)).toEqual(["kz", "vn", "et", "ng"]);
    expect(all.next).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { storyId: string }[]; next: string | null } = await json(
        `/api/stories?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.items.map((s) => s.storyId));
      cursor = page.next;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual(["kz", "vn", "et", "ng"]);
  });

  it.each([
    ["government=Vietnam", ["vn"]],
    ["platform=Facebook", ["kz", "et"]],
    ["flag=new_denial", ["kz", "et"]],
    ["flag=new_clarification", ["vn"]],
    ["flag=new", ["kz", "vn", "et"]],
    [`since=${day(3).toISOString()}`, ["kz", "vn", "et"]],
    ["government=Kazakhstan&flag=new_clarification", []],
  ])("filters %s", async (query, expected) => {
    const page = await json(`/api/stories?${query}`);
    expect(page.items.map((s: { storyId: string }) => s.storyId)).toEqual(expected);
  });
});

describe("GET /api/stories/:id", () => {
  it("gives the timeline in publication order with claims, contradictions and sources", async () => {
    const story: StoryDetail = await json("/api/stories/et");
    expect(story.statements.map((s) => s.stance)).toEqual(["claim", "denial", "reaffirmation"]);
    expect(story.statements[1]).toMatchObject({ party: "Meta", speakerName: "Dana Reyes", confidence: 0.87 });
    expect(story.claims).toEqual([expect.objectContaining({ claimId: "et-c1", sources: 2, reaffirmations: 1 })]);
    expect(story.contradictions).toEqual([expect.objectContaining({ type: "denial", evidence: 2 })]);
    expect(story.sources.map((s) => s.outlet)).toEqual(["Ministry Press Service", "Wire Agency", "Capital Daily"]);
    expect(story).toMatchObject({ statementCount: 3, claimCount: 1, contradictionCount: 1, articleCount: 3 });
  });

  it("resolves a merged story's id to the survivor", async () => {
    const story: StoryDetail = await json("/api/stories/kz-dup");
    expect(story.storyId).toBe("kz");
  });

  it("404s for an unknown story", async () => {
    expect((await get("/api/stories/nope")).status).toBe(404);
  });

  it("asOf now agrees with the projection; asOf before the response shows the claim alone", async () => {
    for (const id of ["vn", "kz", "ng"]) {
      const projected: StoryDetail = await json(`/api/stories/${id}`);
      const replayed: StoryDetail = await json(`/api/stories/${id}?asOf=${new Date().toISOString()}`);
      expect(replayed, id).toEqual(projected);
    }
    const [before] = await h.store.sql<{ created_at: Date }[]>`
      select created_at from events where stream_id = 'story-vn' and type = 'ClaimIdentified'`;
    const past: StoryDetail = await json(`/api/stories/vn?asOf=${before!.created_at.toISOString()}`);
    expect(past.statements.map((s) => s.stance)).toEqual(["claim"]);
    expect(past.hasNewClarification).toBe(false);
    expect((await get("/api/stories/vn?asOf=1999-01-01T00:00:00Z")).status).toBe(404);
    // A merged id answers with the survivor once the merge happened, and as itself before.
    const merged: StoryDetail = await json(`/api/stories/kz-dup?asOf=${new Date().toISOString()}`);
    expect(merged.storyId).toBe("kz");
    const [opened] = await h.store.sql<{ created_at: Date }[]>`
      select created_at from events where stream_id = 'story-kz-dup' and type = 'ClaimIdentified'`;
    const beforeMerge: StoryDetail = await json(`/api/stories/kz-dup?asOf=${opened!.created_at.toISOString()}`);
    expect(beforeMerge).toMatchObject({ storyId: "kz-dup", mergedInto: null });
  });
});

describe("POST /api/stories/:id/ack", () => {
  it("appends StoryAcknowledged by the key's name, and the projection clears the flag", async () => {
    const response = await fetch(`${url}/api/stories/et/ack`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toMatchObject({ storyId: "et", by: "desk" });
    const [event] = await h.store
      .readStream("story-et")
      .then((events) => events.filter((e) => e.type === "StoryAcknowledged"));
    expect(event?.data).toEqual({ storyId: "et", by: "desk", upTo: body.upTo });
    await h.projector.whenCaughtUp(10_000);
    const story: StoryDetail = await json("/api/stories/et");
    expect(story.hasNewDenial).toBe(false);
    expect(story.contradictions[0]!.acknowledged).toBe(true);
    const flagged = await json("/api/stories?flag=new_denial");
    expect(flagged.items.map((s: { storyId: string }) => s.storyId)).toEqual(["kz"]);
  });
});

describe("GET /api/contradictions", () => {
  it("filters by type, government and platform, and pages", async () => {
    const denials = await json("/api/contradictions?type=denial");
    const ids = (page: { items: { contradictionId: string }[] }) => page.items.map((c) => c.contradictionId);
    expect(ids(denials).sort()).toEqual(["et-x1", "kz-dup-x1", "kz-x1"]);
    const vn = await json("/api/contradictions?government=Vietnam&platform=YouTube");
    expect(vn.items).toEqual([
      expect.objectContaining({ storyId: "vn", type: "clarification", claimParty: "Vietnam government" }),
    ]);
    const first = await json("/api/contradictions?limit=2");
    const second = await json(`/api/contradictions?limit=2&cursor=${first.next}`);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(4);
    expect(second.next).toBeNull();
  });
});

describe("GET /api/events", () => {
  it("pages through the whole log in order, ending at an empty page that keeps the checkpoint", async () => {
    const [row] = await h.store.sql<{ count: number }[]>`select count(*)::int as count from events`;
    const count = row!.count;
    const positions: number[] = [];
    let after = "0:0";
    for (let i = 0; i < 100; i++) {
      const page = await json(`/api/events?after=${after}&limit=7`);
      if (page.events.length === 0) {
        expect(page.next).toBe(after);
        break;
      }
      positions.push(...page.events.map((e: { globalPosition: number }) => e.globalPosition));
      after = page.next;
    }
    expect(positions).toHaveLength(count);
    expect(new Set(positions).size).toBe(count);
  });
});

describe("authentication", () => {
  it("401s without a key, with an unknown key and with a revoked key; open paths stay open", async () => {
    const noKey = await get("/api/stories", null);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ error: "unauthorized" });
    expect((await get("/api/stories", "pb_nonsense")).status).toBe(401);
    const revoked = await h.key("leaver");
    expect((await get("/api/stories", revoked.key)).status).toBe(200);
    expect(await revokeApiKey(h.database.db, revoked.id)).toBe(true);
    expect((await get("/api/stories", revoked.key)).status).toBe(401);
    for (const path of ["/healthz", "/readyz", "/metrics", "/", "/docs", "/docs/json"])
      expect((await get(path, null)).status, path).toBe(200);
  });
});

describe("malformed requests", () => {
  it.each([
    ["/api/stories?limit=0", "limit"],
    ["/api/stories?limit=abc", "limit"],
    ["/api/stories?flag=urgent", "flag"],
    ["/api/stories?since=yesterday", "since"],
    ["/api/stories?cursor=garbage", "cursor"],
    ["/api/stories?colour=red", "colour"],
    ["/api/stories/kz?asOf=soon", "asOf"],
    ["/api/events?after=12", "after"],
    ["/api/contradictions?type=rumour", "type"],
  ])("%s → 400 naming %s", async (path, field) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "bad_request", field });
  });
});

describe("ops", () => {
  it("/readyz checks Postgres and Redis; /metrics has request durations and projector lag", async () => {
    expect(await (await get("/readyz", null)).json()).toEqual({
      status: "ready",
      checks: { postgres: "ok", redis: "ok" },
    });
    const metrics = await (await get("/metrics", null)).text();
    expect(metrics).toMatch(
      /pushback_http_request_duration_seconds_count\{method="GET",route="\/api\/stories",status="200"\} \d+/,
    );
    expect(metrics).toMatch(/pushback_processor_lag_events\{processor="stories"\} 0/);
  });

  it("/docs/json is an OpenAPI document with the story routes", async () => {
    const doc = await (await get("/docs/json", null)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/stories",
        "/api/stories/{id}",
        "/api/stories/{id}/ack",
        "/api/contradictions",
        "/api/events",
        "/api/stream",
      ]),
    );
  });
});
