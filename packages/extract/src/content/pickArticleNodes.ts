import type { Element } from "domhandler";
import { isTag } from "domhandler";
import { childElements, descendants, rawText } from "../dom/nodes.ts";
import { linkDensity } from "./linkDensity.ts";
import type { Scores } from "./scoreCandidates.ts";

function ancestorsOf(el: Element, body: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && isTag(p); p = p.parent) {
    out.push(p);
    if (p === body) break;
  }
  return out;
}

/** The best-scoring container, moved up when its parent holds several near-best candidates. */
function topCandidate(scores: Scores, body: Element): Element | null {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return null;
  let [top, topScore] = first;
  if (top === body) return body;

  // Article split across sibling containers: climb to the ancestor that holds three of them.
  const alternatives = ranked
    .slice(1, 5)
    .filter(([, s]) => s / topScore >= 0.75)
    .map(([el]) => ancestorsOf(el, body));
  if (alternatives.length >= 3) {
    for (let parent = top.parent; parent && isTag(parent) && parent !== body; parent = parent.parent) {
      const holders = alternatives.filter((list) => list.includes(parent as Element)).length;
      if (holders >= 3) {
        top = parent;
        break;
      }
    }
  }

  // Climb while a parent scores better: the body often has a wrapper for its first paragraph.
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && isTag(parent) && parent !== body; parent = parent.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }

  while (top.parent && isTag(top.parent) && top.parent !== body && childElements(top.parent).length === 1) {
    top = top.parent;
  }
  return top;
}

/**
 * The nodes that make the article: the top candidate plus siblings that score well enough or look
 * like prose paragraphs (Readability's sibling rule).
 */
export function pickArticleNodes(scores: Scores, body: Element): Element[] {
  const top = topCandidate(scores, body);
  if (!top || top === body) return [body];
  const parent = top.parent;
  if (!parent || !isTag(parent)) return [top];
  const topScore = scores.get(top) ?? 0;
  const nodes = [...siblingsOf(top, parent, scores, topScore), ...splitChunks(top, scores, topScore)];
  if (nodes.length === 1) return nodes;
  const order = new Map(descendants(body).map((el, i) => [el, i]));
  return nodes.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function contains(outer: Element, inner: Element): boolean {
  for (let p: Element | null = inner; p; p = p.parent && isTag(p.parent) ? p.parent : null)
    if (p === outer) return true;
  return false;
}

/**
 * Parts of a body split around ads into repeated containers with the top candidate's tag and
 * class, but under other parents (so the sibling rule misses them).
 */
function splitChunks(top: Element, scores: Scores, topScore: number): Element[] {
  const cls = top.attribs.class;
  if (!cls) return [];
  const chunks: Element[] = [];
  for (const [el, score] of scores) {
    if (el === top || el.name !== top.name || el.attribs.class !== cls || el.parent === top.parent) continue;
    if (score < Math.max(10, topScore * 0.2) || contains(top, el) || contains(el, top)) continue;
    chunks.push(el);
  }
  return chunks;
}

/** Readability's sibling rule: siblings that score well or read like prose paragraphs. */
function siblingsOf(top: Element, parent: Element, scores: Scores, topScore: number): Element[] {
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? "";
  const nodes: Element[] = [];
  for (const sibling of childElements(parent)) {
    if (sibling === top) {
      nodes.push(sibling);
      continue;
    }
    const bonus = topClass && sibling.attribs.class === topClass ? topScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      nodes.push(sibling);
      continue;
    }
    if (sibling.name !== "p") continue;
    const text = rawText(sibling).replace(/\s+/g, " ").trim();
    const density = linkDensity(sibling, text.length);
    if (
      (text.length > 80 && density < 0.25) ||
      (text.length > 0 && text.length <= 80 && density === 0 && /\.( |$)/.test(text))
    ) {
      nodes.push(sibling);
    }
  }
  return nodes;
}
