import { load } from "cheerio";
import type { Document } from "domhandler";

/** NULs and other C0 controls are binary junk in HTML; the parser would keep some of them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

export function parseHtml(html: string): Document {
  return load(html.replace(CONTROL, " ")).root()[0] as Document;
}
