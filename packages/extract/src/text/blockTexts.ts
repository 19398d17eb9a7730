import type { AnyNode } from "domhandler";
import { isDocument, isTag, isText } from "domhandler";
import { BLOCK_TAGS, MAX_DEPTH } from "../dom/nodes.ts";
import { normaliseText } from "./normaliseText.ts";

/** Tags whose content a reader never sees as article text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "head", "title"]);

/**
 * Serialises a subtree block by block: every block element (and <br>) ends the current paragraph,
 * so "Heading</h2><p>Body" gives two paragraphs instead of cheerio's glued "HeadingBody".
 */
export function blockTexts(root: AnyNode): string[] {
  const paragraphs: string[] = [];
  let buffer = "";
  const flush = () => {
    const text = normaliseText(buffer);
    if (text) paragraphs.push(text);
    buffer = "";
  };
  const walk = (node: AnyNode, depth: number): void => {
    if (isText(node)) {
      buffer += node.data;
      return;
    }
    if (isDocument(node)) {
      for (const child of node.children) walk(child, depth + 1);
      return;
    }
    if (!isTag(node) || depth > MAX_DEPTH) return;
    const name = node.name;
    if (SKIPPED.has(name)) return;
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    // Inline cells and list items still need a gap between them.
    else if (name === "img" || name === "input") buffer += " ";
    for (const child of node.children) walk(child, depth + 1);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return paragraphs;
}
