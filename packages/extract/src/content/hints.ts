import type { Element } from "domhandler";
import { classAndId } from "../dom/nodes.ts";

// Class/id patterns in the manner of Readability.js: proven on a large variety of news sites.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/;
const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow/;
/** Boilerplate that news pages put inside the article container itself. */
const BOILERPLATE =
  /(^|[\s_-])(share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|related|recommended|recirc|most-?popular|trending|read-?more|more-?stories|outbrain|taboola|caption|credits?|byline|bylines|dateline|author-?(bio|info|box)|tags?|tag-?list|breadcrumbs?|cookie|consent|comments?|promo|advert|advertisement|ad|ads|toolbar|print|email|follow|timestamp|published|updated|meta|kicker|pullquote|pull-quote|dek|deck|standfirst|strapline|sub-?title|sub-?headline)([\s_-]|$)/;
/** The same, matched anywhere in a class name (camelCase names such as "newsCaption" or "imageEmbedCredit"). */
const BOILERPLATE_ANYWHERE =
  /caption|credit|byline|newsletter|subscribe|rollover|tooltip|popover|sharing|social|related|author|\bbio\b|bio-|-bio/;
/** Reader comments: never article text, whatever pass we are in. */
const COMMENTS = /(^|[\s_-])(comments?|comment-?list|commentlist|disqus|replies)([\s_-]|$)/;
const UNLIKELY_ROLES = new Set(["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]);

/** Readability's class weight: +25 for content-like class or id, -25 for boilerplate-like. */
export function classWeight(el: Element): number {
  let weight = 0;
  const cls = (el.attribs.class ?? "").toLowerCase();
  const id = (el.attribs.id ?? "").toLowerCase();
  if (cls) {
    if (NEGATIVE.test(cls)) weight -= 25;
    if (POSITIVE.test(cls)) weight += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) weight -= 25;
    if (POSITIVE.test(id)) weight += 25;
  }
  return weight;
}

export function isUnlikelyCandidate(el: Element): boolean {
  if (UNLIKELY_ROLES.has(el.attribs.role ?? "")) return true;
  const hints = classAndId(el);
  return UNLIKELY.test(hints) && !MAYBE_CONTENT.test(hints);
}

export function looksLikeBoilerplate(el: Element): boolean {
  const hints = classAndId(el);
  return hints.length > 1 && (BOILERPLATE.test(hints) || BOILERPLATE_ANYWHERE.test(hints));
}

/** Hidden by markup: a browser would not show it. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ("hidden" in a) return true;
  if (a["aria-hidden"] === "true" && !/fallback-image/.test(a.class ?? "")) return true;
  const style = a.style;
  return style !== undefined && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export function looksLikeComments(el: Element): boolean {
  return COMMENTS.test(classAndId(el));
}

const EMBEDDED_POST = /twitter-tweet|instagram-media|tiktok-embed|fb-post/;

/** Embedded posts (tweets and the like): annotators count them as article text. */
export function isEmbeddedPost(el: Element): boolean {
  const hints = classAndId(el);
  if (EMBEDDED_POST.test(hints) || /(^|[\s_-])embed/.test(hints)) return true;
  return el.children.some(
    (c) => c.type === "tag" && EMBEDDED_POST.test(((c as Element).attribs.class ?? "").toLowerCase()),
  );
}

const HOVER_CARD = /rollover|tooltip|popover|hover-?card/;

/** An inline wrapper around a name link and the card shown on hover: the link is the text. */
export function hoverCardTrigger(el: Element): Element | null {
  if (el.name !== "span" || !HOVER_CARD.test(classAndId(el))) return null;
  const first = el.children.find((c) => c.type === "tag" || (c.type === "text" && c.data.trim() !== ""));
  return first && first.type === "tag" && (first as Element).name === "a" ? (first as Element) : null;
}
