import type { Checkpoint } from "@pushback/eventstore";
import { BadRequestError } from "../http/cursor.ts";

/** A checkpoint as `<transactionId>:<globalPosition>`, the form clients keep between reads. */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  return `${checkpoint.transactionId}:${checkpoint.globalPosition}`;
}

export function parseCheckpoint(value: string, field = "after"): Checkpoint {
  const match = /^(\d{1,20}):(\d{1,18})$/.exec(value);
  if (!match) throw new BadRequestError(field, `${field} must be <transactionId>:<globalPosition>, e.g. 0:0`);
  return { transactionId: match[1]!, globalPosition: Number(match[2]) };
}
