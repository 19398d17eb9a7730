import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./parseRetryAfter.ts";

const now = new Date("2021-11-26T10:00:00Z");

const cases: [string | undefined, number | undefined][] = [
  [undefined, undefined],
  ["120", 120],
  [" 0 ", 0],
  ["Fri, 26 Nov 2021 10:01:30 GMT", 90],
  ["Fri, 26 Nov 2021 09:00:00 GMT", 0],
  ["-5", undefined],
  ["soon", undefined],
];

describe("parseRetryAfter", () => {
  it.each(cases)("%j → %j", (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});
