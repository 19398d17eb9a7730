/** Sparse term weights: term → weight. */
export type TermVector = Record<string, number>;

const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
  he she they them his her their we our you your i me my not no yes said says say told would could should will can may
  has have had do does did than then there here which who whom whose what when where why how also more most about into
  over after before under between during while per via just only other such some any all each both new one two three
  mr ms mrs dr according statement reporters week year years monday tuesday wednesday thursday friday saturday sunday`.split(
    /\s+/,
  ),
);

/** Lowercased word tokens without stop words or numbers. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [])
    .map((token) => token.replace(/['’]s$/, "").replace(/['’-]+$/, ""))
    .filter((token) => token.length > 2 && !STOPWORDS.has(token));
}

/** Sublinear term frequencies, title terms counted twice (a headline names the matter). */
export function termFrequencies(title: string, body: string): TermVector {
  const counts: TermVector = {};
  for (const token of [...tokenize(title), ...tokenize(title), ...tokenize(body)])
    counts[token] = (counts[token] ?? 0) + 1;
  for (const term of Object.keys(counts)) counts[term] = 1 + Math.log(counts[term]!);
  return counts;
}

/** TF-IDF weights with smoothed idf from document frequencies over `documents` articles. */
export function weigh(tf: TermVector, df: (term: string) => number, documents: number): TermVector {
  const weights: TermVector = {};
  for (const [term, frequency] of Object.entries(tf)) {
    weights[term] = frequency * Math.log((1 + documents) / (1 + df(term)) + 1);
  }
  return weights;
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, weight] of Object.entries(a)) {
    normA += weight * weight;
    const other = b[term];
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of Object.values(b)) normB += weight * weight;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/** Running mean of the story's article vectors, pruned to its strongest terms to stay small. */
export function updateCentroid(centroid: TermVector, count: number, vector: TermVector, keep = 150): TermVector {
  const merged: TermVector = {};
  for (const term of new Set([...Object.keys(centroid), ...Object.keys(vector)])) {
    merged[term] = ((centroid[term] ?? 0) * count + (vector[term] ?? 0)) / (count + 1);
  }
  return Object.fromEntries(
    Object.entries(merged)
      .sort((x, y) => y[1] - x[1])
      .slice(0, keep),
  );
}
