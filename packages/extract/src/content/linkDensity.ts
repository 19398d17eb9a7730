import type { Element } from "domhandler";
import { descendants, rawText } from "../dom/nodes.ts";

/** Share of an element's text that sits inside links (in-page "#" links count less). */
export function linkDensity(el: Element, textLength = rawText(el).trim().length): number {
  if (textLength === 0) return 0;
  let linkLength = 0;
  for (const a of descendants(el)) {
    if (a.name !== "a") continue;
    const coefficient = (a.attribs.href ?? "").startsWith("#") ? 0.3 : 1;
    linkLength += rawText(a).trim().length * coefficient;
  }
  return Math.min(1, linkLength / textLength);
}
