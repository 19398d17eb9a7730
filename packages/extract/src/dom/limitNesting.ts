/** Tags that need no end tag (void) or whose end tag is usually left out: they do not nest. */
const NON_NESTING = new Set(
  "area base br col embed hr img input link meta source track wbr param keygen p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp html head body".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;

/**
 * Drops start and end tags nested deeper than `maxDepth`. The HTML parser searches its stack of
 * open elements on every end tag, so 100,000 nested divs would cost minutes; real pages stay far
 * below the limit and come back unchanged.
 */
export function limitNesting(html: string, maxDepth: number): string {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[3] || NON_NESTING.has((m[2] as string).toLowerCase())) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= maxDepth) return html;
  depth = 0;
  return html.replace(TAG, (tag, close: string, name: string, selfClosing: string) => {
    if (selfClosing || NON_NESTING.has(name.toLowerCase())) return tag;
    if (close) {
      depth = Math.max(0, depth - 1);
      return depth >= maxDepth ? "" : tag;
    }
    depth++;
    return depth > maxDepth ? "" : tag;
  });
}
