import { readFileSync } from "node:fs";
import { parseOpml, toOpml } from "@pushback/feeds";
import { feedIdFor, parseOutletList } from "@pushback/ingestion";
import type { Command } from "commander";
import { withStore } from "../openDatabase.ts";
import { readInput } from "../readInput.ts";

// The registry functions live with the worker; loaded on demand so other commands start quickly.
const feedRegistry = () => import("@pushback/worker");

const DEFAULT_OUTLETS = new URL("../../../../infra/outlets.json", import.meta.url);

function checkUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`not an http(s) URL: ${url}`);
  return parsed.toString();
}

export function registerFeedCommands(program: Command): void {
  const feeds = program.command("feeds").description("the feeds Pushback polls (the registry is itself events)");

  feeds
    .command("add")
    .argument("<url>", "feed URL (RSS, Atom, RDF or JSON Feed)")
    .requiredOption("--outlet <name>", "the outlet publishing it, e.g. Reuters")
    .option("--title <title>", "a title for the feed")
    .option("--disabled", "register it without polling")
    .action(async (url: string, options: { outlet: string; title?: string; disabled?: boolean }) => {
      const feedUrl = checkUrl(url);
      const feedId = feedIdFor(feedUrl);
      const outcome = await withStore(async (store) =>
        (await feedRegistry()).addFeed(store, {
          feedId,
          url: feedUrl,
          outlet: options.outlet,
          title: options.title ?? null,
          enabled: !options.disabled,
        }),
      );
      console.log(outcome === "added" ? `added ${feedId} ${feedUrl}` : `already registered: ${feedId} ${feedUrl}`);
    });

  feeds
    .command("list")
    .option("--json", "one JSON object per line")
    .action(async (options: { json?: boolean }) => {
      const registry = await withStore(async (store) => (await feedRegistry()).readFeedRegistry(store));
      for (const feed of registry.values()) {
        if (options.json) console.log(JSON.stringify(feed));
        else console.log(`${feed.feedId}\t${feed.enabled ? "enabled " : "disabled"}\t${feed.outlet}\t${feed.url}`);
      }
    });

  feeds
    .command("remove")
    .argument("<feed>", "feed URL or id")
    .option("--reason <text>", "why it is removed")
    .action(async (feed: string, options: { reason?: string }) => {
      const feedId = /^[0-9a-f]{16}$/.test(feed) ? feed : feedIdFor(checkUrl(feed));
      const removed = await withStore(async (store) =>
        (await feedRegistry()).removeFeed(store, feedId, options.reason ?? null),
      );
      if (!removed) throw new Error(`no registered feed ${feed}`);
      console.log(`removed ${feedId}`);
    });

  feeds
    .command("import")
    .argument("<file>", "an OPML file, or - for stdin")
    .option("--outlet <name>", "outlet for every feed (default: the OPML folder, else the feed title)")
    .action(async (file: string, options: { outlet?: string }) => {
      const document = await parseOpml(await readInput(file));
      let added = 0;
      await withStore(async (store) => {
        for (const outline of document.outlines) {
          if (!outline.xmlUrl) continue;
          const url = checkUrl(outline.xmlUrl);
          const outlet = options.outlet ?? outline.category ?? outline.title ?? new URL(url).hostname;
          const outcome = await (await feedRegistry()).addFeed(store, {
            feedId: feedIdFor(url),
            url,
            outlet,
            title: outline.title ?? null,
          });
          if (outcome === "added") added++;
        }
      });
      console.log(`imported ${added} new feeds of ${document.outlines.length} outlines`);
    });

  feeds
    .command("export")
    .description("write the registry as OPML on stdout")
    .action(async () => {
      const registry = await withStore(async (store) => (await feedRegistry()).readFeedRegistry(store));
      const outlines = [...registry.values()].map((feed) => ({
        title: feed.title ?? feed.outlet,
        xmlUrl: feed.url,
        htmlUrl: null,
        category: feed.outlet,
      }));
      process.stdout.write(toOpml(outlines, "Pushback feeds"));
    });

  feeds
    .command("add-defaults")
    .description("register the default outlets of infra/outlets.json (unverified feeds stay disabled)")
    .action(async () => {
      const list = parseOutletList(JSON.parse(readFileSync(DEFAULT_OUTLETS, "utf8")));
      let added = 0;
      await withStore(async (store) => {
        for (const outlet of list.outlets) {
          for (const feed of outlet.feeds) {
            const outcome = await (await feedRegistry()).addFeed(store, {
              feedId: feedIdFor(feed.url),
              url: feed.url,
              outlet: outlet.name,
              title: feed.title,
              enabled: feed.enabled,
              note: feed.note,
            });
            if (outcome === "added") added++;
          }
        }
      });
      console.log(`added ${added} default feeds`);
    });
}
