import type { AnyNode } from "domhandler";
import { isDocument, isTag, isText } from "domhandler";
import { BLOCK_TAGS, MAX_DEPTH } from "../dom/nodes.ts";
import { normaliseText } from "./normaliseText.ts";

/** Tags whose content a reader never sees as article text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "head", "title"]);

/** One paragraph of serialised text and the share of its characters that sit inside links. */
export interface TextBlock {
  text: string;
  linkShare: number;
}

const visibleLength = (text: string) => text.replace(/\s+/g, "").length;

/**
 * Serialises a subtree block by block: every block element (and <br>) ends the current paragraph,
 * so "Heading</h2><p>Body" gives two paragraphs instead of cheerio's glued "HeadingBody".
 */
export function textBlocks(root: AnyNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = "";
  let linkChars = 0;
  let inLink = 0;
  const flush = () => {
    const text = normaliseText(buffer);
    if (text) blocks.push({ text, linkShare: Math.min(1, linkChars / Math.max(1, visibleLength(buffer))) });
    buffer = "";
    linkChars = 0;
  };
  const walk = (node: AnyNode, depth: number): void => {
    if (isText(node)) {
      buffer += node.data;
      if (inLink > 0) linkChars += visibleLength(node.data);
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
    // Cells, inline images and fields still separate the words around them.
    else if (name === "td" || name === "th" || name === "img" || name === "input") buffer += " ";
    if (name === "a") inLink++;
    for (const child of node.children) walk(child, depth + 1);
    if (name === "a") inLink--;
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return blocks;
}

/** The paragraphs of a subtree as plain strings. */
export function blockTexts(root: AnyNode): string[] {
  return textBlocks(root).map((b) => b.text);
}
