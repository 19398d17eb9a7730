import { FeedParseError } from "../errors.ts";

/**
 * Linear pre-scan that rejects XML nested deeper than maxDepth: xml2js and rss-parser recurse over the tree and
 * would otherwise die with a stack overflow. Also returns the root element's name (for the feed kind).
 * Comments, CDATA, processing instructions and the DOCTYPE (with its internal subset) are skipped.
 */
export function scanXml(text: string, maxDepth: number): { root: string | null } {
  let depth = 0;
  let root: string | null = null;
  let i = text.indexOf("<");
  while (i !== -1 && i < text.length) {
    const end = skipMarkup(text, i);
    if (end !== null) {
      i = text.indexOf("<", end);
      continue;
    }
    const close = text.indexOf(">", i + 1);
    if (close === -1) break;
    if (text[i + 1] === "/") {
      depth--;
    } else if (text[close - 1] !== "/") {
      if (root === null) root = elementName(text, i + 1);
      depth++;
      if (depth > maxDepth) throw new FeedParseError(`XML nested deeper than ${maxDepth} elements`);
    } else if (root === null) {
      root = elementName(text, i + 1);
    }
    i = text.indexOf("<", close + 1);
  }
  return { root };
}

/** End index of a comment, CDATA, PI or DOCTYPE starting at i; null when i starts an element tag. */
function skipMarkup(text: string, i: number): number | null {
  if (text.startsWith("<!--", i)) return endOf(text, "-->", i + 4);
  if (text.startsWith("<![CDATA[", i)) return endOf(text, "]]>", i + 9);
  if (text.startsWith("<?", i)) return endOf(text, "?>", i + 2);
  if (text.startsWith("<!", i)) {
    const gt = text.indexOf(">", i);
    const subset = text.indexOf("[", i);
    // A DOCTYPE's internal subset holds '>' characters of its own: skip to its closing ']' first.
    if (subset !== -1 && (gt === -1 || subset < gt)) return endOf(text, ">", endOf(text, "]", subset + 1));
    return gt === -1 ? text.length : gt + 1;
  }
  return null;
}

function endOf(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

function elementName(text: string, from: number): string | null {
  return /^[A-Za-z_][\w:.-]*/.exec(text.slice(from, from + 64))?.[0] ?? null;
}
