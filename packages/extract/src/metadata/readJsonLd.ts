import type { Document } from "domhandler";
import { descendants, rawText } from "../dom/nodes.ts";

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|SocialMediaPosting)$/;

function types(node: JsonObject): string[] {
  const t = node["@type"];
  if (typeof t === "string") return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

/** Parses leniently: raw line breaks inside strings are common and make JSON.parse fail. */
function parseLenient(source: string): unknown {
  const text = source.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, "").replace(/(-->|\/\/\s*\]\]>)\s*$/, "");
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\r\n\t]+/g, " "));
    } catch {
      return undefined;
    }
  }
}

/** Every object in a JSON-LD value, flattening arrays, @graph and mainEntity. */
function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 8 || value == null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as JsonObject;
  out.push(node);
  collect(node["@graph"], out, depth + 1);
  collect(node.mainEntity, out, depth + 1);
  collect(node.mainEntityOfPage, out, depth + 1);
}

/** The page's article object from its JSON-LD blocks, if any (NewsArticle and kin, in @graph too). */
export function readJsonLdArticle(doc: Document): JsonObject | null {
  const objects: JsonObject[] = [];
  for (const el of descendants(doc)) {
    if (el.name !== "script" || !/ld\+json/i.test(el.attribs.type ?? "")) continue;
    collect(parseLenient(rawText(el)), objects, 0);
  }
  const articles = objects.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  // Prefer the article that carries a body, then the first one.
  return articles.find((a) => typeof a.articleBody === "string") ?? articles[0] ?? null;
}

/** A string field, or the name/url of an object field, or those of an array's items. */
export function ldStrings(value: unknown, key: "name" | "url" = "name"): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => ldStrings(v, key));
  if (value && typeof value === "object") return ldStrings((value as JsonObject)[key], key);
  return [];
}
