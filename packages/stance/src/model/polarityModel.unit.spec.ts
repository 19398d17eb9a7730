import { describe, expect, it } from "vitest";
import { POLARITIES } from "../labels.ts";
import { emptyWeights, type PolarityWeights, predictPolarity } from "./polarityModel.ts";

describe("predictPolarity", () => {
  const model: PolarityWeights = {
    classes: POLARITIES,
    bias: [0, 0, 0],
    weights: { "w1:hoax": [-1, 3, -1], "overlap:claim": [2, 0, 0] },
  };

  it("is uniform with no evidence and ignores unknown features", () => {
    const scores = predictPolarity(emptyWeights(), new Map([["w1:anything", 1]]));
    for (const p of POLARITIES) expect(scores[p]).toBeCloseTo(1 / 3);
  });

  it("is a softmax over weighted feature values", () => {
    const scores = predictPolarity(model, new Map([["w1:hoax", 1]]));
    expect(scores.for + scores.against + scores.observing).toBeCloseTo(1);
    expect(scores.against).toBeCloseTo(Math.exp(3) / (Math.exp(3) + 2 * Math.exp(-1)));
    const scaled = predictPolarity(model, new Map([["overlap:claim", 0.5]]));
    expect(scaled.for).toBeCloseTo(Math.exp(1) / (Math.exp(1) + 2));
  });
});
