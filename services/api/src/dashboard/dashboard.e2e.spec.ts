import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, createApiHarness } from "../testSupport/apiHarness.ts";
import { storyScenario } from "../testSupport/storyScenario.ts";

const CHROMIUM = process.env.PUSHBACK_CHROMIUM ?? "/usr/bin/chromium";
const XSS = " <script>alert(1)</script><img src=x onerror=alert(2)>";

let h: ApiHarness;
let url: string;
let key: string;
let browser: BrowserContext;
let profile: string;
const dialogs: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (infra/scripts/ensure-chromium.sh)`);
  h = await createApiHarness("api_dashboard");
  const kz = storyScenario({ storyId: "kz", publishedAt: new Date("2021-11-24T08:00:00Z"), denialSuffix: XSS });
  await h.project("kz", [...kz.opening, ...kz.response]);
  const vn = storyScenario({ storyId: "vn", publishedAt: new Date("2021-11-20T08:00:00Z"), government: "Vietnam" });
  await h.project("vn", vn.opening);
  ({ url } = await h.start());
  ({ key } = await h.key("browser"));
  profile = mkdtempSync(join(tmpdir(), "pushback-chromium-"));
  // A fresh profile per run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await h?.close();
});

async function openWithKey(): Promise<Page> {
  const page = await browser.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.fill("#key-input", key);
  await page.click("#key-form button[type=submit]");
  return page;
}

describe("dashboard", () => {
  it("asks for a key, then lists the stories with their flags", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await expect.poll(() => page.textContent("#main")).toContain("Enter an API key");
    await page.close();

    const listed = await openWithKey();
    await listed.waitForSelector("#stories tbody tr[data-story-id=kz]");
    const row = listed.locator("tr[data-story-id=kz]");
    expect(await row.locator(".badge.new_denial").textContent()).toBe("new denial");
    expect(await listed.locator("tr[data-story-id=vn] .badge").count()).toBe(0);
    expect(await listed.evaluate(() => localStorage.getItem("pushback.apiKey"))).toBe(key);
    await listed.close();
  });

  it("shows a story's timeline chart and its quotes as text, linked to their sources", async () => {
    const page = await openWithKey();
    await page.waitForSelector("tr[data-story-id=kz] a");
    await page.click("tr[data-story-id=kz] a");
    await page.waitForSelector("#timeline-chart");
    // One lane per party, one marker per statement, shaped by stance.
    const labels = await page.locator("#timeline-chart .lane-label").allTextContents();
    expect(labels).toEqual(["Kazakhstan government", "Meta"]);
    expect(await page.locator("#timeline-chart .marker").count()).toBe(3);
    expect(await page.locator("#timeline-chart .marker.denial").count()).toBe(1);

    const denial = page.locator("#statements li[data-statement-id=kz-s2]");
    const quote = await denial.locator("blockquote").textContent();
    expect(quote).toContain("<script>alert(1)</script>");
    expect(quote).toContain("<img src=x onerror=alert(2)>");
    // Nothing of the quote became markup, and nothing ran.
    expect(await page.locator("#main script, #main img").count()).toBe(0);
    expect(await denial.locator("a").getAttribute("href")).toBe("https://wireagency.example/kz/2");
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
