import type { Element } from "domhandler";
import { descendants, hasAncestor, rawText, removeNode } from "../dom/nodes.ts";
import { classWeight, isEmbeddedPost } from "./hints.ts";
import { linkDensity } from "./linkDensity.ts";
import type { Scores } from "./scoreCandidates.ts";

const CLEANED = new Set(["form", "fieldset", "table", "ul", "ol", "div", "section"]);
const FIGURE = new Set(["figure"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

function count(el: Element, names: ReadonlySet<string> | string): number {
  let n = 0;
  for (const d of descendants(el)) if (typeof names === "string" ? d.name === names : names.has(d.name)) n++;
  return n;
}

/** Data tables hold content; layout tables are containers and get cleaned like divs. */
function isDataTable(el: Element): boolean {
  if (el.name !== "table") return false;
  if (el.attribs.role === "presentation") return false;
  return count(el, "th") > 0 || count(el, "caption") > 0 || count(el, "thead") > 0;
}

/**
 * Readability's conditional cleaning: a list, table or div inside the article goes when it looks
 * like a widget (few commas, many links, more list items than paragraphs, form fields, image
 * galleries, a headline with no text).
 */
function isFishy(el: Element, scores: Scores, weightClasses: boolean): boolean {
  if (isDataTable(el) || isEmbeddedPost(el)) return false;
  const weight = weightClasses ? classWeight(el) : 0;
  if (weight + (scores.get(el) ?? 0) < 0) return true;
  const text = rawText(el).replace(/\s+/g, " ").trim();
  if (text.split(/[,，、،]/).length - 1 >= 10) return false;
  const isList = el.name === "ul" || el.name === "ol";
  const p = count(el, "p");
  const img = count(el, "img");
  const li = count(el, "li") - 100;
  const input = count(el, "input");
  const headingLength = descendants(el)
    .filter((d) => HEADINGS.has(d.name))
    .reduce((sum, h) => sum + rawText(h).trim().length, 0);
  const headingDensity = text.length ? headingLength / text.length : 0;
  const density = linkDensity(el, text.length);
  const inFigure = hasAncestor(el, FIGURE);
  return (
    (img > 1 && p / img < 0.5 && !inFigure) ||
    (!isList && li > p) ||
    input > Math.floor(p / 3) ||
    (!isList && headingDensity < 0.9 && text.length < 25 && (img === 0 || img > 2) && !inFigure) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (isList && density > 0.5)
  );
}

/** Cleans the chosen article nodes in place, innermost elements first. */
export function cleanConditionally(nodes: readonly Element[], scores: Scores, weightClasses: boolean): void {
  for (const root of nodes) {
    const candidates = descendants(root).filter((el) => CLEANED.has(el.name));
    for (let i = candidates.length - 1; i >= 0; i--) {
      const el = candidates[i] as Element;
      if (el.parent && isFishy(el, scores, weightClasses)) removeNode(el);
    }
  }
}
