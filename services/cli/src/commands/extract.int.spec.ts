import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../../..");
const BIN = join(ROOT, "services/cli/bin/pushback.js");
const FIXTURES = join(ROOT, "packages/extract/src/fixtures");

function run(args: string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [BIN, "extract", ...args], { cwd: ROOT, input, encoding: "utf8" });
  return { ...result, json: result.status === 0 ? JSON.parse(result.stdout) : null };
}

describe("pushback extract", () => {
  it("prints one JSON object for a saved page", () => {
    const { status, stdout, json } = run([
      "--url",
      "https://wire.example.com/world/kazakhstan-facebook-access-2021-11-25/",
      join(FIXTURES, "wire-service.html"),
    ]);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(json).toMatchObject({
      url: "https://wire.example.com/world/kazakhstan-facebook-access-2021-11-25/",
      canonicalUrl: "https://wire.example.com/world/kazakhstan-facebook-access-2021-11-25/",
      title: "Kazakhstan says it gained special access to Facebook reporting tool",
      byline: "Dana Serikova",
      publishedAt: "2021-11-25T09:41:00.000Z",
      language: "en",
    });
    expect(json.text).toContain('"is the same in Kazakhstan as it is for other countries"');
    const spans = json.paragraphs as { start: number; end: number }[];
    expect(spans).toHaveLength(6);
    expect(spans.map((p) => json.text.slice(p.start, p.end)).join("\n\n")).toBe(json.text);
  }, 30_000);

  it("reads stdin and decodes the charset the page declares", () => {
    const html = readFileSync(join(FIXTURES, "russian-news.html"), "utf8").replace(
      '<meta charset="utf-8">',
      '<meta charset="windows-1251">',
    );
    const { status, json } = run(["-"], iconv.encode(html, "windows-1251"));
    expect(status).toBe(0);
    expect(json.language).toBe("ru");
    expect(json.text).toContain("Казахстан получил прямой и эксклюзивный доступ");
  }, 30_000);

  it("fails with a message for a missing file", () => {
    const { status, stderr } = run([join(FIXTURES, "no-such-page.html")]);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/no-such-page/);
  }, 30_000);
});
