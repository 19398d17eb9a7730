import type { AnyNode, Element } from "domhandler";
import { isTag, isText } from "domhandler";
import { descendants, rawText } from "../dom/nodes.ts";
import { classWeight } from "./hints.ts";
import { linkDensity } from "./linkDensity.ts";

const SCORED_TAGS = new Set(["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]);
/** A div holding one of these is a container, not a paragraph. */
const DIV_BLOCK_CHILDREN = new Set([
  "blockquote",
  "dl",
  "div",
  "img",
  "ol",
  "p",
  "pre",
  "table",
  "ul",
  "section",
  "article",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "figure",
  "header",
]);

export type Scores = Map<Element, number>;

function baseScore(el: Element, weightClasses: boolean): number {
  let score = weightClasses ? classWeight(el) : 0;
  switch (el.name) {
    case "div":
      score += 5;
      break;
    case "pre":
    case "td":
    case "blockquote":
      score += 3;
      break;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      score -= 3;
      break;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      score -= 5;
      break;
  }
  return score;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && DIV_BLOCK_CHILDREN.has(c.name));
}

/** Text of a div's own inline runs (the text Readability would wrap in <p>s). */
function inlineRuns(el: Element): string[] {
  const runs: string[] = [];
  let run = "";
  for (const child of el.children) {
    if (isText(child)) run += child.data;
    else if (isTag(child) && !DIV_BLOCK_CHILDREN.has(child.name)) run += rawText(child);
    else {
      runs.push(run);
      run = "";
    }
  }
  runs.push(run);
  return runs.map((r) => r.trim()).filter((r) => r.length > 0);
}

function paragraphScore(text: string): number {
  return 1 + text.split(/[,，、،]/).length + Math.min(Math.floor(text.length / 100), 3);
}

/**
 * Readability's content scoring: every paragraph of 25+ characters adds to its parent (full),
 * grandparent (half) and further ancestors (less), each starting from a tag and class weight.
 * Returns each candidate's score already scaled by (1 - link density).
 */
export function scoreCandidates(body: Element, weightClasses: boolean): Scores {
  const scores: Scores = new Map();
  const add = (start: AnyNode | null, text: string) => {
    if (text.length < 25) return;
    const points = paragraphScore(text);
    let level = 0;
    for (let node = start; node && isTag(node) && level < 5; node = node.parent, level++) {
      if (!scores.has(node)) scores.set(node, baseScore(node, weightClasses));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, (scores.get(node) ?? 0) + points / divider);
      if (node === body) break;
    }
  };
  for (const el of descendants(body)) {
    if (SCORED_TAGS.has(el.name) || (el.name === "div" && !hasBlockChild(el))) {
      add(el.parent, rawText(el).replace(/\s+/g, " ").trim());
    } else if (el.name === "div") {
      for (const run of inlineRuns(el)) add(el, run.replace(/\s+/g, " "));
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(el)));
  return scores;
}
