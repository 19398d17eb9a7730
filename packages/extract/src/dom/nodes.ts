import type { AnyNode, Element, ParentNode } from "domhandler";
import { isTag, isText } from "domhandler";

/**
 * Trees deeper than this are hostile or broken; walkers stop descending there so that a page of
 * 100,000 nested divs cannot overflow the stack.
 */
export const MAX_DEPTH = 256;

/** Tags whose content starts a new line of text in a browser. Table cells are not: a row reads as one line. */
export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
  "br",
]);

export function isElement(node: AnyNode | null | undefined): node is Element {
  return node != null && isTag(node);
}

export function tagName(node: AnyNode): string {
  return isTag(node) ? node.name.toLowerCase() : "";
}

export function childElements(node: ParentNode): Element[] {
  return node.children.filter(isTag);
}

/** Class and id, lower-cased, for matching boilerplate hints. */
export function classAndId(el: Element): string {
  const cls = el.attribs.class ?? "";
  const id = el.attribs.id ?? "";
  return `${cls} ${id}`.toLowerCase();
}

/** Raw text of a subtree (no separators): enough for lengths, densities and comma counts. */
export function rawText(node: AnyNode, depth = 0): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || depth > MAX_DEPTH) return "";
  let out = "";
  for (const child of node.children) out += rawText(child, depth + 1);
  return out;
}

/** Elements of a subtree in document order (iterative: safe on deep trees). */
export function descendants(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isTag(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

export function hasAncestor(node: AnyNode, names: ReadonlySet<string>, maxLevels = 8): boolean {
  let level = 0;
  for (let p = node.parent; p && level < maxLevels; p = p.parent, level++) {
    if (isTag(p) && names.has(p.name)) return true;
  }
  return false;
}

/** Detaches a node from its parent. */
export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node as never);
  if (index >= 0) parent.children.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}
