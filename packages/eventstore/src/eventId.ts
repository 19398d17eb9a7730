import { v5 as uuidv5 } from "uuid";

/** Namespace of Pushback's event ids (a fixed random UUID: changing it changes every id). */
const PUSHBACK_NAMESPACE = "6f1c7c0e-3d0b-4c55-9a55-2b8f3c1e9d47";

/**
 * A deterministic event id: UUIDv5 of the event's natural key, such as
 * `FeedItemDiscovered:<feed>:<guid>`. Re-running the same work yields the same ids,
 * so the store can recognise a retry and write nothing.
 */
export function eventId(naturalKey: string): string {
  return uuidv5(naturalKey, PUSHBACK_NAMESPACE);
}
