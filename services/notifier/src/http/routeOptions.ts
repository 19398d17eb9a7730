import type { Env } from "@pushback/config";
import type { PushbackStore } from "@pushback/runtime";
import type { Kysely } from "kysely";

/** What each of the notifier's Fastify plugins needs; the API passes its own. */
export interface NotifierRouteOptions {
  store: PushbackStore;
  db: Kysely<any>;
  env: Pick<Env, "PUSHBACK_SECRET" | "PUSHBACK_PUBLIC_URL">;
}
