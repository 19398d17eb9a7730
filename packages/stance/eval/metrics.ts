export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report<L extends string> {
  n: number;
  accuracy: number;
  perClass: Record<L, ClassScores>;
  macroF1: number;
  /** confusion[gold][predicted] */
  confusion: Record<L, Record<L, number>>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Accuracy, per-class precision/recall/F1 and the confusion matrix over paired gold/predicted labels. */
export function score<L extends string>(labels: readonly L[], gold: L[], predicted: L[]): Report<L> {
  const confusion = Object.fromEntries(labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))])) as Record<
    L,
    Record<L, number>
  >;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[g][p]++;
    if (g === p) correct++;
  });
  const perClass = {} as Record<L, ClassScores>;
  for (const label of labels) {
    const tp = confusion[label][label];
    const predictedCount = labels.reduce((sum, g) => sum + confusion[g][label], 0);
    const goldCount = labels.reduce((sum, p) => sum + confusion[label][p], 0);
    const precision = predictedCount ? tp / predictedCount : 0;
    const recall = goldCount ? tp / goldCount : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support: goldCount };
  }
  const macroF1 = labels.reduce((sum, l) => sum + perClass[l].f1, 0) / labels.length;
  return {
    n: gold.length,
    accuracy: round(gold.length ? correct / gold.length : 0),
    perClass,
    macroF1: round(macroF1),
    confusion,
  };
}

/** Plain-text table of a report, for humans. */
export function formatReport<L extends string>(title: string, labels: readonly L[], report: Report<L>): string {
  const lines = [`${title}: n=${report.n} accuracy=${report.accuracy.toFixed(3)} macroF1=${report.macroF1.toFixed(3)}`];
  lines.push(`  ${"class".padEnd(14)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)} ${"n".padStart(5)}`);
  for (const l of labels) {
    const c = report.perClass[l];
    lines.push(
      `  ${l.padEnd(14)} ${c.precision.toFixed(3).padStart(6)} ${c.recall.toFixed(3).padStart(6)} ${c.f1.toFixed(3).padStart(6)} ${String(c.support).padStart(5)}`,
    );
  }
  lines.push(`  confusion (rows gold, columns predicted): ${labels.map((l) => l.slice(0, 6).padStart(7)).join("")}`);
  for (const g of labels) {
    lines.push(`  ${g.padEnd(41)} ${labels.map((p) => String(report.confusion[g][p]).padStart(7)).join("")}`);
  }
  return lines.join("\n");
}
