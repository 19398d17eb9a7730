import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { findApiKey, touchApiKey } from "./apiKeys.ts";

export interface Caller {
  id: string;
  name: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The API key's owner, set by the auth hook on `/api/*`. */
    caller?: Caller;
  }
}

export interface AuthOptions {
  /**
   * How long a verified key is trusted without asking Postgres again (a revoked key stops working
   * within this time). Unknown and revoked keys are never cached.
   */
  cacheMs: number;
}

const TOUCH_EVERY_MS = 60_000;

/** An onRequest hook: `Authorization: Bearer <key>`, compared by sha256 against live keys. */
export function createAuthenticator(db: Kysely<any>, options: AuthOptions) {
  const verified = new Map<string, { caller: Caller; until: number }>();
  const touched = new Map<string, number>();
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      await reply
        .code(401)
        .send({ error: "unauthorized", message: "an `Authorization: Bearer <key>` header is required" });
      return;
    }
    const key = match[1]!;
    const now = Date.now();
    const cached = verified.get(key);
    let caller = cached && cached.until > now ? cached.caller : null;
    if (!caller) {
      verified.delete(key);
      caller = await findApiKey(db, key);
      if (!caller) {
        await reply.code(401).send({ error: "unauthorized", message: "unknown or revoked API key" });
        return;
      }
      if (options.cacheMs > 0) verified.set(key, { caller, until: now + options.cacheMs });
    }
    request.caller = caller;
    // last_used_at is advisory: written at most once a minute per key, off the request's path.
    if ((touched.get(caller.id) ?? 0) + TOUCH_EVERY_MS < now) {
      touched.set(caller.id, now);
      touchApiKey(db, caller.id).catch((error) => request.log.warn({ err: error }, "could not record key use"));
    }
  };
}
