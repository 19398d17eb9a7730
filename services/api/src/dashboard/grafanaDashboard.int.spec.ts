import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiHarness, createApiHarness } from "../testSupport/apiHarness.ts";
import { storyScenario } from "../testSupport/storyScenario.ts";

const GRAFANA = new URL("../../../../infra/grafana/", import.meta.url);
const dashboard = JSON.parse(readFileSync(new URL("dashboards/pushback.json", GRAFANA), "utf8"));
const datasource = readFileSync(new URL("provisioning/datasources/pushback.yml", GRAFANA), "utf8");

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness("api_grafana");
  const kz = storyScenario({ storyId: "kz", publishedAt: new Date(Date.now() - 86_400_000) });
  await h.project("kz", [...kz.opening, ...kz.response]);
  await h.start(); // the API creates the dashboard views on a database that lacks them
}, 30_000);

afterAll(() => h?.close());

const panels: { title: string; targets: { rawSql: string; datasource: { uid: string } }[] }[] = dashboard.panels;

it("points every panel at the provisioned datasource", () => {
  const uid = /uid:\s*(\S+)/.exec(datasource)?.[1];
  expect(uid).toBe("pushback-postgres");
  for (const panel of panels) for (const target of panel.targets) expect(target.datasource.uid, panel.title).toBe(uid);
});

it.each(panels.map((panel) => [panel.title, panel] as const))(
  "panel %s runs against the dashboard views",
  async (_title, panel) => {
    for (const target of panel.targets) {
      expect(target.rawSql).toMatch(/from dashboard\.\w+/);
      expect(target.rawSql).not.toMatch(/stories\.story_|from stories\./);
      // Grafana's macro, as it expands for a wide range.
      const query = target.rawSql.replace(
        /\$__timeFilter\((\w+)\)/g,
        "$1 between '1970-01-01' and now() + interval '1 day'",
      );
      const rows = await h.store.sql.unsafe(query);
      expect(rows.length, panel.title).toBeGreaterThan(0);
    }
  },
);
