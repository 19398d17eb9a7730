import type { ExpectedVersion } from "./expectedVersion.ts";

/** The stream was not at the version the caller expected. */
export class ConcurrencyError extends Error {
  override readonly name = "ConcurrencyError";
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId}: expected version ${String(expected)}, actual ${actual}`);
  }
}

/** An event's data failed its schema, on append or after upcasting on read. */
export class EventSchemaError extends Error {
  override readonly name = "EventSchemaError";
  constructor(
    readonly eventType: string,
    readonly issues: string,
  ) {
    super(`event ${eventType} does not match its schema: ${issues}`);
  }
}
