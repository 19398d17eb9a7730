import type { FeedItem } from "../parse/types.ts";
import { hashText } from "./hashText.ts";

/**
 * Changes when a seen item was edited (title, summary, body or updated date): the cue to re-fetch the article
 * for corrections or added denials (Feedbin re-checks entries under 24 h old).
 */
export function itemFingerprint(item: Pick<FeedItem, "title" | "summary" | "content" | "updated">): string {
  return hashText([item.title, item.summary, item.content, item.updated]);
}
