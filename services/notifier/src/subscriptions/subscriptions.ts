import { type AlertMode, isValidTimeZone, normalizeEmail, normalizeFilter, subscriptionIdFor } from "@pushback/alerts";
import type { EventData } from "@pushback/events";
import { ConcurrencyError, eventId } from "@pushback/eventstore";
import type { PushbackStore } from "@pushback/runtime";
import { sql } from "kysely";
import { z } from "zod";

export interface SubscriptionInput {
  email: string;
  government?: string | null;
  platform?: string | null;
  storyId?: string | null;
  mode?: AlertMode;
  /** IANA zone of the subscriber's digests (default UTC). */
  timezone?: string;
}

export type Subscription = EventData<"SubscriptionCreated"> & { createdAt: Date };

export class SubscriptionInputError extends Error {
  override readonly name = "SubscriptionInputError";
}

export const subscriptionStream = (subscriptionId: string) => `subscription-${subscriptionId}`;

const email = z.string().email();

/** The subscription a stream's events leave active, or null (never created, or removed last). */
function foldStream(events: { type: string; data: any; createdAt: Date }[]): Subscription | null {
  let current: Subscription | null = null;
  for (const event of events) {
    if (event.type === "SubscriptionCreated") current = { ...event.data, createdAt: event.createdAt };
    else if (event.type === "SubscriptionRemoved") current = null;
  }
  return current;
}

export async function readSubscription(store: PushbackStore, subscriptionId: string): Promise<Subscription | null> {
  return foldStream(await store.readStream(subscriptionStream(subscriptionId)));
}

/** Every active subscription, folded from the log (oldest first). */
export async function readSubscriptions(store: PushbackStore): Promise<Subscription[]> {
  const rows = await sql<{ type: string; data: any; created_at: Date }>`
    select type, data, created_at from events
    where type in ('SubscriptionCreated', 'SubscriptionRemoved') order by global_position`.execute(store.db);
  const active = new Map<string, Subscription>();
  for (const row of rows.rows) {
    if (row.type === "SubscriptionCreated")
      active.set(row.data.subscriptionId, { ...row.data, createdAt: row.created_at });
    else active.delete(row.data.subscriptionId);
  }
  return [...active.values()];
}

async function streamVersion(store: PushbackStore, stream: string): Promise<number> {
  const row = await store.db.selectFrom("streams").select("version").where("stream_id", "=", stream).executeTakeFirst();
  return row ? Number(row.version) : 0;
}

/**
 * Subscribes an address. The id is deterministic from email, filters and mode, and the event id
 * from the stream's version: adding twice (or twice at once) is one subscription, and adding
 * after a removal subscribes again.
 */
export async function addSubscription(
  store: PushbackStore,
  input: SubscriptionInput,
): Promise<{ subscription: Subscription; created: boolean }> {
  if (!email.safeParse(input.email.trim()).success)
    throw new SubscriptionInputError(`not an email address: ${input.email}`);
  const timezone = input.timezone?.trim() || "UTC";
  if (!isValidTimeZone(timezone)) throw new SubscriptionInputError(`unknown time zone: ${timezone}`);
  const mode = input.mode ?? "immediate";
  const filters = {
    government: normalizeFilter(input.government),
    platform: normalizeFilter(input.platform),
    storyId: normalizeFilter(input.storyId),
  };
  const subscriptionId = subscriptionIdFor(input.email, filters, mode);
  const stream = subscriptionStream(subscriptionId);
  for (let attempt = 0; ; attempt++) {
    const existing = await readSubscription(store, subscriptionId);
    if (existing) return { subscription: existing, created: false };
    const version = await streamVersion(store, stream);
    const data = { subscriptionId, email: normalizeEmail(input.email), filters, mode, timezone };
    try {
      await store.append(
        stream,
        [{ id: eventId(`SubscriptionCreated:${subscriptionId}:v${version}`), type: "SubscriptionCreated", data }],
        {
          expectedVersion: version === 0 ? "no_stream" : version,
        },
      );
    } catch (error) {
      if (error instanceof ConcurrencyError && attempt < 3) continue;
      throw error;
    }
    const created = await readSubscription(store, subscriptionId);
    return { subscription: created ?? { ...data, createdAt: new Date() }, created: true };
  }
}

/** Ends a subscription; false when it is not active (unknown or already removed). */
export async function removeSubscription(
  store: PushbackStore,
  subscriptionId: string,
  reason: EventData<"SubscriptionRemoved">["reason"],
): Promise<boolean> {
  const stream = subscriptionStream(subscriptionId);
  for (let attempt = 0; ; attempt++) {
    if (!(await readSubscription(store, subscriptionId))) return false;
    const version = await streamVersion(store, stream);
    try {
      await store.append(
        stream,
        [
          {
            id: eventId(`SubscriptionRemoved:${subscriptionId}:v${version}`),
            type: "SubscriptionRemoved",
            data: { subscriptionId, reason },
          },
        ],
        { expectedVersion: version },
      );
      return true;
    } catch (error) {
      if (error instanceof ConcurrencyError && attempt < 3) continue;
      throw error;
    }
  }
}
