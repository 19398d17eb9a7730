import { Builder } from "xml2js";
import { fixC1Controls } from "./text.ts";

/** An item body as xml2js left it (text, text with attributes, or an XHTML element tree) to an HTML string. */
export function bodyToHtml(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  let html: string;
  if (typeof value === "string") html = value;
  else if (typeof value === "object" && typeof (value as { _?: unknown })._ === "string")
    html = (value as { _: string })._;
  else if (typeof value === "object") html = xhtmlToString(value as Record<string, unknown>);
  else html = String(value);
  html = fixC1Controls(html).trim();
  return html === "" ? null : html;
}

function xhtmlToString(value: Record<string, unknown>): string {
  const { $: _attributes, ...children } = value;
  if (Object.keys(children).length === 0) return "";
  // Same rendering as rss-parser's getContent: the children wrapped in a <div>.
  return new Builder({ headless: true, rootName: "div", renderOpts: { pretty: false } }).buildObject(children);
}
