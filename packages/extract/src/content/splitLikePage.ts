/**
 * Splits a one-blob JSON-LD body where the page's own blocks start and end, so the text keeps the
 * page's paragraphs. Longest blocks claim their place first, so a teaser that repeats part of a
 * paragraph cannot cut that paragraph in two.
 */
export function splitLikePage(blob: string, pageBlocks: readonly string[]): string[] {
  const taken: [number, number][] = [];
  const blocks = [...new Set(pageBlocks)].filter((b) => b.length >= 30).sort((a, b) => b.length - a.length);
  for (const block of blocks) {
    const at = blob.indexOf(block);
    if (at < 0) continue;
    const end = at + block.length;
    if (taken.some(([s, e]) => at < e && end > s)) continue;
    taken.push([at, end]);
  }
  const points = [...new Set([0, ...taken.flat(), blob.length])].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = blob.slice(points[i], points[i + 1]).trim();
    if (piece) out.push(piece);
  }
  return out;
}
