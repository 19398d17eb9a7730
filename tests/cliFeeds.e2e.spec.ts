import { afterAll, beforeAll, expect, it } from "vitest";
import { type PipelineHarness, startPipelineHarness } from "./support/pipelineHarness.ts";

let h: PipelineHarness;
beforeAll(async () => {
  h = await startPipelineHarness("clifeeds");
});
afterAll(() => h.close());

it("adds, lists, exports, imports and removes feeds, all as events", async () => {
  await h.cli([
    "feeds",
    "add",
    "https://news.example.org/rss.xml",
    "--outlet",
    "Example News",
    "--title",
    "Top stories",
  ]);
  const list = await h.cli(["feeds", "list", "--json"]);
  const feeds = list.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(feeds).toEqual([
    expect.objectContaining({ url: "https://news.example.org/rss.xml", outlet: "Example News", enabled: true }),
  ]);

  const exported = await h.cli(["feeds", "export"]);
  expect(exported.stdout).toContain('xmlUrl="https://news.example.org/rss.xml"');

  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
    <outline text="Central Asia"><outline text="Desk A" type="rss" xmlUrl="https://a.example.net/feed"/>
    <outline text="Desk B" type="rss" xmlUrl="https://b.example.net/feed.xml"/></outline>
    <outline text="Example again" type="rss" xmlUrl="https://news.example.org/rss.xml"/></body></opml>`;
  const imported = await h.cli(["feeds", "import", "-"], opml);
  expect(imported.stdout).toContain("imported 2 new feeds of 3 outlines");
  const outlets = (await h.cli(["feeds", "list", "--json"])).stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l).outlet);
  expect(outlets.sort()).toEqual(["Central Asia", "Central Asia", "Example News"]);

  const removed = await h.cli(["feeds", "remove", "https://a.example.net/feed", "--reason", "duplicate"]);
  expect(removed.stdout).toMatch(/^removed [0-9a-f]{16}/);
  expect((await h.cli(["feeds", "list"])).stdout).not.toContain("a.example.net");
  expect((await h.cli(["feeds", "remove", "https://a.example.net/feed"])).stderr).toContain("no registered feed");
  expect(await h.countEvents("FeedAdded")).toBe(3);
  expect(await h.countEvents("FeedRemoved")).toBe(1);

  const bad = await h.cli(["feeds", "import", "-"], "<html><body>not opml</body></html>");
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/opml/i);
});

it("registers the default outlets, unverified ones disabled", async () => {
  const result = await h.cli(["feeds", "add-defaults"]);
  expect(result.stdout).toMatch(/added \d+ default feeds/);
  const feeds = (await h.cli(["feeds", "list", "--json"])).stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const byOutlet = new Map(feeds.map((f) => [f.outlet, f]));
  expect(byOutlet.get("The Diplomat")).toMatchObject({ enabled: true });
  expect(byOutlet.get("Reuters")).toMatchObject({ enabled: false, note: expect.stringContaining("RSS") });
  expect(byOutlet.get("RFE/RL")).toMatchObject({ enabled: false });
});
