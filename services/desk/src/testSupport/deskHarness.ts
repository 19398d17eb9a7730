import { readFileSync } from "node:fs";
import { eventId, type ProcessorHandle, runProcessor } from "@pushback/eventstore";
import { articleStream, hashText } from "@pushback/ingestion";
import { storyViews } from "@pushback/projections";
import { createLogger, type Database, openDatabase, openEventStore, type PushbackStore } from "@pushback/runtime";
import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import { sql } from "kysely";
import * as deskState from "../migrations/001_deskState.ts";
import { type RunningDesk, startDesk } from "../startDesk.ts";

export interface DeskHarness {
  store: PushbackStore;
  database: Database;
  /** Appends an ArticleExtracted built from fixtures/NAME.txt (title line, then paragraphs) and waits for the desk and views. */
  publish(name: string, outlet: string, publishedAt: string, articleId?: string): Promise<void>;
  rows(query: string): Promise<any[]>;
  close(): Promise<void>;
}

/** A database of the test file's own with the desk and the stories projection running. */
export async function startDeskHarness(label: string): Promise<DeskHarness> {
  const testDatabase: TestDatabase = await createTestDatabase(label);
  const database = await openDatabase(testDatabase.url, { migrations: { "0003_desk_001_state": deskState } });
  await database.migrate();
  const store = openEventStore(database);
  const desk: RunningDesk = startDesk(store, createLogger("silent", "desk"));
  const views: ProcessorHandle = runProcessor(store, storyViews);
  return {
    store,
    database,
    async publish(name, outlet, publishedAt, articleId = `art-${name}`) {
      const [title, ...rest] = readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), "utf8")
        .trim()
        .split("\n");
      const paragraphs = rest
        .join("\n")
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      const text = paragraphs.join("\n\n");
      let offset = 0;
      const spans = paragraphs.map((p) => {
        const span = { start: offset, end: offset + p.length };
        offset += p.length + 2;
        return span;
      });
      await store.append(articleStream(articleId), [
        {
          id: eventId(`ArticleExtracted:${articleId}`),
          type: "ArticleExtracted",
          data: {
            articleId,
            url: `https://${outlet.toLowerCase().replace(/\W/g, "")}.example/${name}`,
            canonicalUrl: null,
            feedId: null,
            outlet,
            title: title!,
            byline: null,
            publishedAt,
            updatedAt: null,
            language: "en",
            leadImage: null,
            text,
            paragraphs: spans,
            textHash: hashText(text),
            method: "dom",
          },
        },
      ]);
      await desk.whenCaughtUp();
      await views.whenCaughtUp();
    },
    rows: async (query) => (await sql.raw(query).execute(database.db)).rows as any[],
    async close() {
      await desk.stop();
      await views.stop();
      await database.close();
      await testDatabase.drop();
    },
  };
}
