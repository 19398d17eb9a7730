import type { Migration } from "kysely";
import * as apiKeys from "./migrations/0002_api_apiKeys.ts";
import * as notifierOutbox from "./migrations/0002_notifier_outbox.ts";
import * as eventTypeIndexes from "./migrations/0004_events_typeIndexes.ts";

/**
 * The application's migrations beyond the event store's own, keyed `NNNN_<package>_<name>` so
 * that they apply in a stable order. Packages that own tables add theirs here.
 */
export const applicationMigrations: Record<string, Migration> = {
  "0002_api_apiKeys": apiKeys,
  "0002_notifier_outbox": notifierOutbox,
  "0004_events_typeIndexes": eventTypeIndexes,
};
