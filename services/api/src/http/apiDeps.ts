import type { Database, Logger, PushbackStore } from "@pushback/runtime";

/** What the route plugins need: the open database and the event store over it. */
export interface ApiDeps {
  store: PushbackStore;
  database: Database;
  logger: Logger;
}
