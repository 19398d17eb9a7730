/**
 * Robustness over the public feed corpora in ../shared/corpora/feeds (PUSHBACK_CORPORA overrides the corpora
 * folder): every file parses or fails with a FeedParseError, fast. Also compares with rss-parser's own output
 * and checks feedparser's well-formed cases. Skipped with a message where the corpora are absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { decodeBody } from "./decode/decodeBody.ts";
import { FeedParseError } from "./errors.ts";
import { parseFeed } from "./parse/parseFeed.ts";
import type { ParsedFeed } from "./parse/types.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const feedsDir = join(process.env["PUSHBACK_CORPORA"] ?? resolve(repoRoot, "../shared/corpora"), "feeds");
const present = existsSync(feedsDir);
if (!present) console.warn(`corpora.int.spec: ${feedsDir} not found, corpus tests skipped (set PUSHBACK_CORPORA)`);

/** Synchronous and linear by design, so a "hang" shows up as a slow file rather than a stuck promise. */
const PER_FILE_MS = 5_000;

// Well-formed feedparser cases we knowingly do not read, with the reason.
const unsupported: Record<string, string> = {
  "wellformed/base/cdf_item_abstract_xml_base.xml":
    "CDF (Microsoft Channel Definition Format) is not a feed format we take",
  "wellformed/namespace/rss2.0NSwithModulesNoDefNS.xml":
    "prefixed RSS root <r:rss>: rss-parser matches element names literally",
  "wellformed/namespace/rss2.0NSwithModulesNoDefNSLocalNameClash.xml": "prefixed RSS root <r:rss>",
  "wellformed/rss/entity_in_doctype.xml":
    "DTD-declared entities are refused on purpose (no entity expansion: billion laughs)",
  "wellformed/base/http_entry_contributor_url_base_content_location.xml": "RSS <item> inside an Atom <feed>",
  "wellformed/base/http_entry_contributor_url_base_docuri.xml": "RSS <item> inside an Atom <feed>",
  "wellformed/namespace/unknown-namespace.xml": "RSS <item> inside an Atom <feed>",
  "wellformed/namespace/rss1.0withModulesNoDefNS.xml": "prefixed RSS 1.0 elements (<rss:item>)",
  "wellformed/namespace/rss1.0withModulesNoDefNSLocalNameClash.xml": "prefixed RSS 1.0 elements (<rss:item>)",
};

interface Outcome {
  file: string;
  feed?: ParsedFeed;
  error?: unknown;
  ms: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** feedparser's test files name the HTTP Content-Type they were served with in a "Header:" comment line. */
function contentTypeOf(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 800)).toString("latin1");
  return /Header:\s*Content-type:\s*(.+)/i.exec(head)?.[1]?.trim();
}

async function parseFile(file: string): Promise<Outcome> {
  const started = performance.now();
  try {
    const bytes = new Uint8Array(readFileSync(file));
    const feed = await parseFeed(decodeBody(bytes, contentTypeOf(bytes)).text);
    return { file, feed, ms: performance.now() - started };
  } catch (error) {
    return { file, error, ms: performance.now() - started };
  }
}

const normaliseTitle = (title: string | null | undefined) =>
  title == null
    ? null
    : decodeHTML(title.replace(/<[^>]*>/g, ""))
        .replace(/\s+/g, " ")
        .trim() || null;

/** Each U+FFFD stands for one non-ASCII character (or a no-break space we turned into a space). */
const mojibakePattern = (title: string) =>
  new RegExp(
    `^${title
      .split("\ufffd")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("(?:[^\\x00-\\x7f]|\\s)")}$`,
  );

describe.skipIf(!present)("feed corpora", () => {
  let outcomes: Outcome[] = [];
  const outcomeOf = (file: string) => outcomes.find((o) => o.file === file);

  it("every file parses or fails with a FeedParseError, each within the time limit", async () => {
    outcomes = [];
    for (const file of listFiles(feedsDir)) outcomes.push(await parseFile(file));
    const parsed = outcomes.filter((o) => o.feed).length;
    const clean = outcomes.filter((o) => o.error instanceof FeedParseError).length;
    const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.info(
      `feed corpora: ${outcomes.length} files, ${parsed} parsed, ${clean} failed cleanly with FeedParseError; ` +
        `slowest ${slowest.ms.toFixed(0)} ms (${relative(feedsDir, slowest.file)})`,
    );
    const crashes = outcomes.filter((o) => o.error && !(o.error instanceof FeedParseError));
    expect(crashes.map((o) => `${relative(feedsDir, o.file)}: ${String(o.error)}`)).toEqual([]);
    expect(outcomes.filter((o) => o.ms > PER_FILE_MS).map((o) => relative(feedsDir, o.file))).toEqual([]);
  });

  it("rss-parser inputs give rss-parser's item counts and titles", () => {
    const dir = join(feedsDir, "rss-parser");
    const compared: string[] = [];
    for (const file of listFiles(join(dir, "input"))) {
      const expectedFile = join(dir, "output", relative(join(dir, "input"), file).replace(/\.\w+$/, ".json"));
      const outcome = outcomeOf(file);
      if (!existsSync(expectedFile) || !outcome) continue;
      const expected = JSON.parse(readFileSync(expectedFile, "utf8")).feed as { items: { title?: string }[] };
      expect(outcome.error, relative(dir, file)).toBeUndefined();
      const titles = outcome.feed!.items.map((item) => item.title);
      expect(titles.length, relative(dir, file)).toBe(expected.items.length);
      expected.items.forEach((item, i) => {
        const want = normaliseTitle(item.title);
        // rss-parser read some ISO-8859-1 feeds as UTF-8 (one U+FFFD per non-ASCII byte); we decode them right.
        if (want?.includes("\ufffd"))
          expect(titles[i], `${relative(dir, file)} item ${i}`).toMatch(mojibakePattern(want));
        else expect(titles[i], `${relative(dir, file)} item ${i}`).toBe(want);
      });
      compared.push(file);
    }
    console.info(`rss-parser corpus: ${compared.length} feeds compared with rss-parser's output`);
    expect(compared.length).toBeGreaterThan(0);
  });

  it("feedparser's well-formed feeds (outside illformed/) parse, with at least the entries their Expect line indexes", () => {
    const dir = join(feedsDir, "feedparser");
    let checked = 0;
    const problems: string[] = [];
    for (const file of listFiles(dir).filter((f) => f.endsWith(".xml"))) {
      const name = relative(dir, file);
      if (name.startsWith("illformed/")) continue;
      const expectLine = /Expect:\s*(.+)/.exec(readFileSync(file, "latin1").slice(0, 2000))?.[1] ?? "";
      const bozo = /\bbozo\b/.test(expectLine) && !/\bnot bozo\b/.test(expectLine);
      if (bozo || unsupported[name]) continue;
      const outcome = outcomeOf(file);
      const indexes = [...expectLine.matchAll(/entries\[(\d+)\]/g)].map((m) => Number(m[1]));
      const needed = indexes.length > 0 ? Math.max(...indexes) + 1 : 0;
      if (!outcome?.feed) problems.push(`${name}: ${String(outcome?.error)}`);
      else if (outcome.feed.items.length < needed)
        problems.push(`${name}: ${outcome.feed.items.length} < ${needed} items`);
      checked++;
    }
    expect(problems).toEqual([]);
    console.info(
      `feedparser corpus: ${checked} well-formed feeds checked, ${Object.keys(unsupported).length} known unsupported`,
    );
    expect(checked).toBeGreaterThan(0);
  });
});
