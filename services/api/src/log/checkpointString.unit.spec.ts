import { expect, it } from "vitest";
import { BadRequestError } from "../http/cursor.ts";
import { formatCheckpoint, parseCheckpoint } from "./checkpointString.ts";

it("round-trips a checkpoint", () => {
  const checkpoint = { transactionId: "18446744073709551", globalPosition: 42 };
  expect(parseCheckpoint(formatCheckpoint(checkpoint))).toEqual(checkpoint);
});

it.each(["", "12", "a:1", "1:-2", "1:2:3"])("rejects %j naming the field", (value) => {
  expect(() => parseCheckpoint(value)).toThrow(BadRequestError);
});
