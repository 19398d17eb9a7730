import { describe, expect, it } from "vitest";
import { corpusScore, pageCounts } from "./shingleScore.ts";

// The upstream evaluate.py test vectors (n = 3): (truth, prediction) -> (tp, fp, fn).
const VECTORS: [string, string, [number, number, number]][] = [
  ["a b c", "a b c", [1, 0, 0]],
  ["a b c d", "a b c", [0.5, 0, 0.5]],
  ["a b c", "a b c d", [0.5, 0.5, 0]],
  ["", "", [0, 0, 0]],
  ["a", "", [0, 0, 1]],
  ["", "a", [0, 1, 0]],
  ["a b c a b c", "a b c", [0.25, 0, 0.75]],
  ["a b c", "a b c a b c", [0.25, 0.75, 0]],
];

describe("pageCounts", () => {
  it.each(VECTORS)("%j vs %j", (truth, prediction, [tp, fp, fn]) => {
    const counts = pageCounts(truth, prediction, 3);
    expect(counts.tp).toBeCloseTo(tp, 12);
    expect(counts.fp).toBeCloseTo(fp, 12);
    expect(counts.fn).toBeCloseTo(fn, 12);
  });

  it("splits words like Python's \\w+ (apostrophes and hyphens separate)", () => {
    expect(pageCounts("don't stop-now", "don t stop now", 4)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("corpusScore", () => {
  it("leaves empty predictions out of precision but counts them as zero recall", () => {
    const score = corpusScore([
      { truth: "one two three four five", prediction: "one two three four five" },
      { truth: "six seven eight nine ten", prediction: "" },
    ]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo(2 / 3, 12);
    expect(score.accuracy).toBe(0.5);
  });
});
