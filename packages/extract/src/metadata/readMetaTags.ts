import type { Document } from "domhandler";
import { descendants } from "../dom/nodes.ts";

/** All values of every <meta> key (property, name, itemprop or http-equiv), keys lower-cased. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const el of descendants(doc)) {
    if (el.name !== "meta") continue;
    const key = el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs["http-equiv"];
    const content = el.attribs.content?.trim();
    if (!key || !content) continue;
    const k = key.trim().toLowerCase();
    const values = tags.get(k);
    if (values) values.push(content);
    else tags.set(k, [content]);
  }
  return tags;
}

/** The first value among the given keys, in order of preference. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
