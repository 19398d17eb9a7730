/**
 * Splits a one-blob JSON-LD body where the page's own blocks start and end, so the text keeps the
 * page's paragraphs.
 */
export function splitLikePage(blob: string, pageBlocks: readonly string[]): string[] {
  const cuts = new Set<number>();
  let cursor = 0;
  for (const block of pageBlocks) {
    if (block.length < 30) continue;
    const at = blob.indexOf(block, cursor);
    if (at < 0) continue;
    cuts.add(at);
    cuts.add(at + block.length);
    cursor = at + block.length;
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), blob.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = blob.slice(points[i], points[i + 1]).trim();
    if (piece) out.push(piece);
  }
  return out;
}
