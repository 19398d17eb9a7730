import { Parser } from "xml2js";
import { FeedParseError, firstLine } from "../errors.ts";
import { scanXml } from "../parse/xmlGuards.ts";
import type { OpmlDocument, OpmlFeed } from "./types.ts";

type Outline = { $?: Record<string, string>; outline?: Outline[] };

const MAX_DEPTH = 64;

/**
 * Subscription lists (OPML 1.0/2.0). Outlines with an xmlUrl are feeds; outlines without one are folders whose
 * title becomes the category of the feeds inside (the nearest folder wins). Non-OPML input throws FeedParseError.
 */
export async function parseOpml(text: string): Promise<OpmlDocument> {
  const source = text.replace(/^[\ufeff\s]+/, "");
  const { root } = scanXml(source, MAX_DEPTH);
  if (root?.toLowerCase() !== "opml") throw new FeedParseError(`not OPML: root element is <${root ?? "none"}>`);
  let doc: { opml?: { head?: { title?: unknown[] }[]; body?: Outline[] } };
  try {
    doc = await new Parser().parseStringPromise(source);
  } catch (error) {
    throw new FeedParseError(`cannot parse OPML: ${firstLine(error)}`, { cause: error });
  }
  const opml = doc.opml;
  if (!opml?.body) throw new FeedParseError("not OPML: no <body>");
  const title = opml.head?.[0]?.title?.[0];
  const outlines: OpmlFeed[] = [];
  const body = opml.body[0];
  // xml2js gives an empty string for an empty <body/>.
  if (body && typeof body === "object") collect(body.outline ?? [], null, outlines);
  return { title: typeof title === "string" && title.trim() !== "" ? title.trim() : null, outlines };
}

function collect(outlines: Outline[], category: string | null, into: OpmlFeed[]): void {
  for (const outline of outlines) {
    const attrs = outline.$ ?? {};
    const name = nonEmpty(attrs["title"]) ?? nonEmpty(attrs["text"]);
    const xmlUrl = nonEmpty(attrs["xmlUrl"] ?? attrs["xmlurl"]);
    if (xmlUrl) into.push({ title: name, xmlUrl, htmlUrl: nonEmpty(attrs["htmlUrl"] ?? attrs["htmlurl"]), category });
    collect(outline.outline ?? [], xmlUrl ? category : (name ?? category), into);
  }
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
