import type { Document, Element } from "domhandler";
import { decodeHTML } from "entities";
import { classAndId, descendants, hasAncestor, rawText } from "../dom/nodes.ts";
import { blockTexts } from "../text/blockTexts.ts";
import { normaliseText } from "../text/normaliseText.ts";
import { normaliseDate } from "./normaliseDate.ts";
import { pickTime } from "./pickTime.ts";
import { type JsonObject, ldStrings, readJsonLdArticle } from "./readJsonLd.ts";
import { firstMeta, readMetaTags } from "./readMetaTags.ts";
import { readParsely } from "./readParsely.ts";
import { resolveUrl } from "./resolveUrl.ts";

export interface PageMetadata {
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  language: string | null;
  leadImage: string | null;
  /** JSON-LD articleBody, unverified: the caller checks it against the page. */
  jsonLdBody: string | null;
}

const PUBLISHED_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "citation_publication_date",
  "citation_date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
];
const UPDATED_KEYS = [
  "article:modified_time",
  "og:updated_time",
  "dc.date.modified",
  "dcterms.modified",
  "datemodified",
  "lastmod",
];
const BYLINE_HINT = /(^|[\s_-])(byline|authors?|author-?name|writer|posted-?by)([\s_-]|$)/;
const AUTHOR_KEYS = ["author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"];

function firstText(elements: Element[], test: (el: Element) => boolean): string | null {
  for (const el of elements) {
    if (!test(el)) continue;
    const text = blockTexts(el).join(", ");
    if (text) return text;
  }
  return null;
}

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** Where a byline element's name ends: a handle, a separator, a date or a time. */
const BYLINE_TAIL = new RegExp(`\\s@\\w|\\s[|•·–—]\\s|\\s-\\s|\\d|\\b${MONTH}\\.?\\s+\\d`, "i");
/** A name glued to a date by markup: "Carrie ArnoldNovember 15, 2019" (case matters here). */
const GLUED_MONTH =
  /(?<=[a-z])(?=(Jan|January|Feb|February|Mar|March|Apr|April|May|June?|July?|Aug|August|Sept?|September|Oct|October|Nov|November|Dec|December)\.?\s+\d)/;
const FORM_OR_COMMENTS = new Set(["form", "label"]);

/** Meta values are sometimes escaped twice ("&#8216;Title&#8217;"). */
function decodeTwice(value: string): string {
  return /&(#\d+|#x[\da-f]+|[a-z]+);/i.test(value) ? decodeHTML(value) : value;
}

function cleanByline(value: string | null): string | null {
  if (!value) return null;
  let text = normaliseText(decodeTwice(value)).replace(
    /^((posted|written|published)\s+)?(by|von|par|por|автор:?)\s+/i,
    "",
  );
  const cuts = [text.search(BYLINE_TAIL), text.search(GLUED_MONTH)].filter((i) => i > 0);
  if (cuts.length) text = text.slice(0, Math.min(...cuts));
  text = text.replace(/[\s,;:|•·–—-]+$/, "");
  if (!text || text.length > 200 || /^https?:\/\//.test(text)) return null;
  return text;
}

/** Drops a " | Site name" or " - Site name" tail when the h1 agrees with the rest. */
function cleanTitle(title: string | null, h1: string | null): string | null {
  if (!title) return h1;
  const t = normaliseText(decodeTwice(title));
  if (h1 && t !== h1 && t.includes(h1) && h1.length >= 15) return h1;
  return t;
}

function ldDate(ld: JsonObject | null, key: string): string | null {
  const value = ld?.[key];
  return typeof value === "string" ? normaliseDate(value) : null;
}

function language(doc: Document, meta: ReturnType<typeof readMetaTags>, ld: JsonObject | null): string | null {
  const html = descendants(doc).find((el) => el.name === "html");
  const value =
    html?.attribs.lang ??
    html?.attribs["xml:lang"] ??
    firstMeta(meta, ["content-language", "dc.language", "language", "og:locale"]) ??
    (typeof ld?.inLanguage === "string" ? ld.inLanguage : null);
  const tag = value?.trim().replace(/_/g, "-");
  return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

export function extractMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const meta = readMetaTags(doc);
  const ld = readJsonLdArticle(doc);
  const elements = descendants(doc);
  const h1 = firstText(elements, (el) => el.name === "h1");
  const titleElement = elements.find((el) => el.name === "title");
  const titleTag = titleElement ? normaliseText(rawText(titleElement)) || null : null;

  const canonicalHref =
    elements.find((el) => el.name === "link" && /(^|\s)canonical(\s|$)/i.test(el.attribs.rel ?? ""))?.attribs.href ??
    firstMeta(meta, ["og:url"]);
  const canonicalUrl = resolveUrl(canonicalHref, pageUrl);
  const base = pageUrl ?? canonicalUrl;

  const parsely = readParsely(meta);
  const ldHeadline = ldStrings(ld?.headline)[0] ?? ldStrings(ld?.name)[0] ?? null;
  const title = cleanTitle(
    ldHeadline ??
      firstMeta(meta, ["og:title", "twitter:title", "citation_title", "parsely-title", "dc.title", "title"]) ??
      parsely?.title ??
      titleTag,
    h1,
  );

  const ldAuthors = ldStrings(ld?.author);
  const metaAuthor = firstMeta(meta, AUTHOR_KEYS);
  const citationAuthors = meta.get("citation_author");
  const domAuthor = firstText(
    elements,
    (el) =>
      (el.attribs.rel === "author" ||
        el.attribs.itemprop === "author" ||
        (BYLINE_HINT.test(classAndId(el)) && rawText(el).trim().length < 100)) &&
      !hasAncestor(el, FORM_OR_COMMENTS) &&
      !/comment/.test(classAndId(el)),
  );
  const byline = cleanByline(
    (ldAuthors.length ? ldAuthors.join(", ") : null) ??
      (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) ??
      (citationAuthors ? citationAuthors.join(", ") : null) ??
      parsely?.author ??
      domAuthor,
  );

  const publishedAt =
    normaliseDate(firstMeta(meta, PUBLISHED_KEYS)) ??
    ldDate(ld, "datePublished") ??
    ldDate(ld, "dateCreated") ??
    normaliseDate(parsely?.pubDate) ??
    normaliseDate(pickTime(elements, "published"));
  const updatedAt =
    normaliseDate(firstMeta(meta, UPDATED_KEYS)) ??
    ldDate(ld, "dateModified") ??
    normaliseDate(pickTime(elements, "modified"));

  const image =
    firstMeta(meta, ["og:image", "og:image:url", "twitter:image", "twitter:image:src"]) ??
    ldStrings(ld?.image, "url")[0];
  const body = typeof ld?.articleBody === "string" ? ld.articleBody : null;

  return {
    canonicalUrl,
    title,
    byline,
    publishedAt,
    updatedAt,
    language: language(doc, meta, ld),
    leadImage: resolveUrl(image, base),
    jsonLdBody: body,
  };
}
