import { decodeHTML } from "entities";
import iconv from "iconv-lite";

/** A trimmed non-empty string, or null. xml2js hands back objects for elements with attributes or children. */
export function textOf(value: unknown): string | null {
  const text = fixC1Controls(flatten(value, 0)).trim();
  return text === "" ? null : text;
}

// C1 control characters U+0080-U+009F never belong in text: they are windows-1252 bytes that went through a
// latin1 decoder or a "&#146;" reference. Map them to what windows-1252 meant (feedparser's "demoronize").
const c1Table = new Map<string, string>();
for (let code = 0x80; code <= 0x9f; code++) {
  const meant = iconv.decode(Uint8Array.of(code), "windows-1252");
  if (meant.charCodeAt(0) !== code && meant !== "\ufffd") c1Table.set(String.fromCharCode(code), meant);
}

export function fixC1Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => c1Table.get(c) ?? c);
}

function flatten(value: unknown, depth: number): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (depth > 32 || value === null || typeof value !== "object") return "";
  if (Array.isArray(value)) return value.map((v) => flatten(v, depth + 1)).join(" ");
  const record = value as Record<string, unknown>;
  if (typeof record["_"] === "string") return record["_"];
  return Object.entries(record)
    .filter(([key]) => key !== "$")
    .map(([, v]) => flatten(v, depth + 1))
    .join(" ");
}

const blockTags = new Set([
  "br",
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "blockquote",
  "section",
  "table",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

/**
 * HTML to plain text in one linear pass. (rss-parser's own snippet regex is quadratic on text with many
 * unclosed "<", which a hostile feed can exploit.)
 */
export function htmlToText(html: string): string {
  let out = "";
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    if (open === -1) {
      out += html.slice(i);
      break;
    }
    const close = html.indexOf(">", open + 1);
    if (close === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, open);
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]*)/
      .exec(html.slice(open + 1, Math.min(close, open + 12)))?.[1]
      ?.toLowerCase();
    if (name && blockTags.has(name)) out += "\n";
    i = close + 1;
  }
  return decodeHTML(out)
    .replace(/[ \t\r\f\v\u00a0]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();
}

/** Any date string JavaScript can read (RFC 822, ISO 8601, W3C-DTF) to ISO 8601; null otherwise. */
export function toIsoDate(value: unknown): string | null {
  const text = textOf(value);
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
