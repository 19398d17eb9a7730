import type { Element } from "domhandler";
import { hasAncestor } from "../dom/nodes.ts";

const ARTICLE = new Set(["article"]);

/**
 * The <time> that dates the article: one marked datePublished/dateModified or pubdate first, then
 * the first dated <time> inside an <article>, then the first dated <time> on the page (sidebars
 * date other stories, so position matters).
 */
export function pickTime(elements: readonly Element[], kind: "published" | "modified"): string | null {
  const times = elements.filter((el) => el.name === "time");
  const prop = kind === "published" ? "datepublished" : "datemodified";
  const marked = times.find(
    (el) => (el.attribs.itemprop ?? "").toLowerCase() === prop || (kind === "published" && "pubdate" in el.attribs),
  );
  if (kind === "modified") return marked?.attribs.datetime ?? null;
  const dated = times.filter((el) => el.attribs.datetime);
  const chosen = marked ?? dated.find((el) => hasAncestor(el, ARTICLE, 30)) ?? dated[0];
  return chosen ? (chosen.attribs.datetime ?? null) : null;
}
