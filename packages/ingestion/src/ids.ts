import { createHash } from "node:crypto";
import { urlKey } from "@pushback/feeds";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A feed's id: from its URL's dedupe key, so adding the same feed twice is one feed. */
export function feedIdFor(url: string): string {
  return sha256(urlKey(url) ?? url.trim()).slice(0, 16);
}

/** An article's id: from its canonical URL key, shared by every feed that lists it. */
export function articleIdFor(url: string): string | null {
  const key = urlKey(url);
  return key ? sha256(key).slice(0, 24) : null;
}

export const feedStream = (feedId: string) => `feed-${feedId}`;
export const articleStream = (articleId: string) => `article-${articleId}`;

export function hashText(text: string): string {
  return sha256(text);
}
