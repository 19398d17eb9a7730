import { POLARITIES, type Polarity } from "../labels.ts";
import type { Features } from "./features.ts";

/** Multinomial logistic regression weights as stored in weights.json. */
export interface PolarityWeights {
  classes: readonly Polarity[];
  bias: number[];
  /** feature name → one weight per class, in `classes` order. */
  weights: Record<string, number[]>;
}

export type PolarityScores = Record<Polarity, number>;

/** Softmax over the class scores of a sparse feature vector; unknown features are ignored. */
export function predictPolarity(model: PolarityWeights, features: Features): PolarityScores {
  const logits = [...model.bias];
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let k = 0; k < logits.length; k++) logits[k]! += w[k]! * value;
  }
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const scores = { for: 0, against: 0, observing: 0 } as PolarityScores;
  model.classes.forEach((c, k) => {
    scores[c] = exps[k]! / total;
  });
  return scores;
}

export function emptyWeights(): PolarityWeights {
  return { classes: POLARITIES, bias: POLARITIES.map(() => 0), weights: {} };
}
