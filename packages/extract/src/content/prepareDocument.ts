import type { AnyNode, Document, Element } from "domhandler";
import { isTag } from "domhandler";
import { descendants, hasAncestor, rawText, removeNode } from "../dom/nodes.ts";
import {
  hoverCardTrigger,
  isEmbeddedPost,
  isHidden,
  isUnlikelyCandidate,
  looksLikeBoilerplate,
  looksLikeComments,
} from "./hints.ts";

/** Never article text, wherever it sits. */
const JUNK_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "button",
  "input",
  "select",
  "textarea",
  "link",
  "meta",
  "nav",
  "aside",
  "figcaption",
  "footer",
  "dialog",
  "menu",
]);
const KEEP_ALWAYS = new Set(["html", "body", "article", "main"]);
const CODE_OR_TABLE = new Set(["table", "code", "pre"]);

export interface PrepareFlags {
  /** Drop elements whose class/id says sidebar, comments, related... (Readability's first pass). */
  stripUnlikely: boolean;
}

/** Paragraph-sized text blocks inside an element: real containers have several, widgets few. */
function substantialParagraphs(el: Element): number {
  let count = 0;
  for (const p of descendants(el)) if (p.name === "p" && rawText(p).trim().length >= 80) count++;
  return count;
}

/**
 * Removes what is never body text: scripts, navigation, asides, captions, hidden elements and,
 * with `stripUnlikely`, boilerplate blocks named as such by their class or id.
 */
export function prepareDocument(doc: Document, flags: PrepareFlags): void {
  const stack: AnyNode[] = [...doc.children];
  while (stack.length > 0) {
    const el = stack.pop() as AnyNode;
    if (!isTag(el)) continue;
    if (shouldRemove(el, flags)) {
      const trigger = hoverCardTrigger(el);
      if (trigger) replaceWith(el, trigger);
      else removeNode(el);
      continue; // its subtree goes with it
    }
    for (const child of el.children) stack.push(child);
  }
}

/** Puts `replacement` (a child of `el`) where `el` was. */
function replaceWith(el: Element, replacement: Element): void {
  const parent = el.parent;
  if (!parent) return;
  removeNode(replacement);
  const index = parent.children.indexOf(el);
  parent.children[index] = replacement;
  replacement.parent = parent;
  replacement.prev = el.prev;
  replacement.next = el.next;
  if (el.prev) el.prev.next = replacement;
  if (el.next) el.next.prev = replacement;
  el.parent = null;
}

function shouldRemove(el: Element, flags: PrepareFlags): boolean {
  const name = el.name;
  if (KEEP_ALWAYS.has(name)) return false;
  if (JUNK_TAGS.has(name) || isHidden(el)) return true;
  if (name === "a" || hasAncestor(el, CODE_OR_TABLE, 4) || isEmbeddedPost(el)) return false;
  if (!flags.stripUnlikely) return looksLikeComments(el) && substantialParagraphs(el) < 20;
  return isUnlikelyCandidate(el) || (looksLikeBoilerplate(el) && substantialParagraphs(el) < 2);
}
