import { describe, expect, it } from "vitest";
import { errorBackoff } from "./errorBackoff.ts";

const cases: [number, number, number][] = [
  // [consecutive errors, minSeconds, expected seconds]
  [0, 300, 300],
  [1, 300, 8 ** 4],
  [8, 300, 8 ** 4],
  [9, 300, 9 ** 4],
  [12, 300, 12 ** 4],
  [23, 300, 23 ** 4],
  [500, 300, 23 ** 4],
  [1, 10_000, 10_000],
  [-3, 300, 300],
  [Number.NaN, 300, 300],
];

describe("errorBackoff", () => {
  it.each(cases)("%d errors, min %d s -> %d s", (errors, min, expected) => {
    expect(errorBackoff(errors, min)).toBe(expected);
  });

  it("never decreases as errors accumulate", () => {
    const delays = Array.from({ length: 40 }, (_, i) => errorBackoff(i, 300));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });
});
