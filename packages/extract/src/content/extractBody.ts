import { type Document, Element } from "domhandler";
import { descendants, removeNode } from "../dom/nodes.ts";
import { blockTexts, textBlocks } from "../text/blockTexts.ts";
import { tokenKey } from "../text/wordTokens.ts";
import { cleanConditionally } from "./cleanConditionally.ts";
import { filterParagraphs, type ParagraphContext } from "./filterParagraphs.ts";
import { pickArticleNodes } from "./pickArticleNodes.ts";
import { prepareDocument } from "./prepareDocument.ts";
import { removePullQuotes } from "./removePullQuotes.ts";
import { scoreCandidates } from "./scoreCandidates.ts";

interface Pass {
  stripUnlikely: boolean;
  weightClasses: boolean;
  clean: boolean;
}

/** Strictest first; looser passes only run when a stricter one finds too little text. */
const PASSES: Pass[] = [
  { stripUnlikely: true, weightClasses: true, clean: true },
  { stripUnlikely: false, weightClasses: true, clean: true },
  { stripUnlikely: false, weightClasses: false, clean: true },
  { stripUnlikely: false, weightClasses: false, clean: false },
];
const ENOUGH_TEXT = 500;

/** The body, or the html element, or (for a bare fragment) a body built around the content. */
function bodyOf(doc: Document): Element {
  const all = descendants(doc);
  const found = all.find((el) => el.name === "body") ?? all.find((el) => el.name === "html");
  if (found) return found;
  const body = new Element("body", {}, [...doc.children]);
  for (const child of body.children) child.parent = body;
  body.parent = doc;
  doc.children = [body];
  return body;
}

/** Removes the headline (and headings that repeat it) from the article nodes. */
function removeHeadline(nodes: readonly Element[], title: string | null): void {
  const titleKey = title ? tokenKey(title) : null;
  for (const node of nodes) {
    for (const el of descendants(node)) {
      if (
        el.name === "h1" ||
        (/^h[2-3]$/.test(el.name) && titleKey && tokenKey(blockTexts(el).join(" ")) === titleKey)
      ) {
        removeNode(el);
      }
    }
  }
}

function runPass(doc: Document, pass: Pass, context: ParagraphContext): string[] {
  prepareDocument(doc, { stripUnlikely: pass.stripUnlikely });
  const body = bodyOf(doc);
  const scores = scoreCandidates(body, pass.weightClasses);
  const nodes = pickArticleNodes(scores, body);
  if (pass.clean) cleanConditionally(nodes, scores, pass.weightClasses);
  removeHeadline(nodes, context.title);
  removePullQuotes(nodes);
  return filterParagraphs(
    nodes.flatMap((n) => textBlocks(n)),
    context,
  );
}

/**
 * Main body paragraphs by content scoring (Readability-style), retrying with looser rules when the
 * strict pass keeps under 500 characters. Mutates `doc`; `reparse` gives a fresh tree per retry.
 */
export function extractBody(doc: Document, reparse: () => Document, context: ParagraphContext): string[] {
  let best: string[] = [];
  let bestLength = -1;
  for (const [i, pass] of PASSES.entries()) {
    const paragraphs = runPass(i === 0 ? doc : reparse(), pass, context);
    const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
    // A looser pass keeps more of everything, boilerplate included: it wins only by finding clearly
    // more text (the strict pass dropped the real container), not by a caption or a widget.
    if (i === 0 || length > Math.max(bestLength * 1.5, bestLength + 100)) {
      best = paragraphs;
      bestLength = length;
    }
    if (length >= ENOUGH_TEXT) break;
  }
  return best;
}
