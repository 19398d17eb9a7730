/** An event as the caller hands it to `append`. */
export interface NewEvent<E extends { type: string; data: unknown } = { type: string; data: unknown }> {
  /** Deterministic id (see `eventId`): a re-append of the same id writes nothing. */
  id: string;
  type: E["type"];
  data: E["data"];
  metadata?: Record<string, unknown>;
}

/** A stored event, as read back. `transactionId` and `globalPosition` give its place in the log. */
export type RecordedEvent<E extends { type: string; data: unknown } = { type: string; data: unknown }> = E & {
  id: string;
  streamId: string;
  streamPosition: number;
  globalPosition: number;
  transactionId: string;
  metadata: Record<string, unknown> & { schemaVersion: number };
  createdAt: Date;
};

/** Where a reader of the global log stands: the pair of the last event it handled. */
export interface Checkpoint {
  transactionId: string;
  globalPosition: number;
}

export const START: Checkpoint = { transactionId: "0", globalPosition: 0 };

export function compareCheckpoints(a: Checkpoint, b: Checkpoint): number {
  const tx = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  return a.globalPosition - b.globalPosition;
}
