import type { Polarity } from "../src/labels.ts";
import type { Features } from "../src/model/features.ts";
import type { PolarityWeights } from "../src/model/polarityModel.ts";

export interface Example {
  features: Features;
  label: number;
}

export interface TrainOptions {
  /** L2 penalty per example (weights, not bias). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Features seen in fewer training examples are dropped (they only memorise). */
  minCount: number;
  /** Weight each class by inverse frequency so the rare "against" class is not drowned. */
  balanced: boolean;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  l2: 1e-2,
  iterations: 300,
  learningRate: 0.05,
  minCount: 5,
  balanced: false,
};

/**
 * Multinomial logistic regression over sparse named features, full-batch Adam with L2.
 * Hand-written because the npm options are dense and one-vs-rest; this is ~60 lines and fast enough offline.
 */
export function trainLogisticRegression(
  classes: readonly Polarity[],
  examples: Example[],
  options: TrainOptions,
): PolarityWeights {
  const K = classes.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= options.minCount).map(([n]) => n);
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, value] of e.features) {
      const i = index.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(value);
      }
    }
    return { idx, val, label: e.label };
  });
  const classCounts = Array.from({ length: K }, (_, k) => examples.filter((e) => e.label === k).length);
  const classWeight = classCounts.map((c) => (options.balanced && c ? examples.length / (K * c) : 1));

  const P = names.length + 1; // last row is the bias
  const w = new Float64Array(P * K);
  const m = new Float64Array(P * K);
  const v = new Float64Array(P * K);
  const grad = new Float64Array(P * K);
  const biasRow = names.length;
  const n = rows.length;
  const logits = new Float64Array(K);
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (const row of rows) {
      for (let k = 0; k < K; k++) logits[k] = w[biasRow * K + k]!;
      for (let j = 0; j < row.idx.length; j++) {
        const base = row.idx[j]! * K;
        for (let k = 0; k < K; k++) logits[k]! += w[base + k]! * row.val[j]!;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, logits[k]!);
      let total = 0;
      for (let k = 0; k < K; k++) {
        logits[k] = Math.exp(logits[k]! - max);
        total += logits[k]!;
      }
      const cw = classWeight[row.label]!;
      for (let k = 0; k < K; k++) {
        const err = cw * (logits[k]! / total - (k === row.label ? 1 : 0));
        grad[biasRow * K + k]! += err;
        for (let j = 0; j < row.idx.length; j++) grad[row.idx[j]! * K + k]! += err * row.val[j]!;
      }
    }
    for (let i = 0; i < P * K; i++) {
      const isBias = i >= biasRow * K;
      const g = grad[i]! / n + (isBias ? 0 : options.l2 * w[i]!);
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      const mHat = m[i]! / (1 - 0.9 ** t);
      const vHat = v[i]! / (1 - 0.999 ** t);
      w[i]! -= (options.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  // Three decimals and dropping near-zero rows keep weights.json small without changing predictions measurably.
  const round = (x: number) => Math.round(x * 1e3) / 1e3;
  const weights: Record<string, number[]> = {};
  names.forEach((name, i) => {
    const row = Array.from({ length: K }, (_, k) => round(w[i * K + k]!));
    if (row.some((x) => Math.abs(x) >= 0.01)) weights[name] = row;
  });
  return { classes, bias: Array.from({ length: K }, (_, k) => round(w[biasRow * K + k]!)), weights };
}
