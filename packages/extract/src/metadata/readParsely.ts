import type { MetaTags } from "./readMetaTags.ts";

export interface ParselyPage {
  title: string | null;
  author: string | null;
  pubDate: string | null;
}

const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/** Parse.ly's older single tag: <meta name="parsely-page" content='{"title": ..., "pub_date": ...}'>. */
export function readParsely(meta: MetaTags): ParselyPage | null {
  const raw = meta.get("parsely-page")?.[0];
  if (!raw) return null;
  try {
    const page = JSON.parse(raw) as Record<string, unknown>;
    const authors = Array.isArray(page.authors) ? page.authors.map(str).filter(Boolean).join(", ") : null;
    return { title: str(page.title), author: str(page.author) ?? (authors || null), pubDate: str(page.pub_date) };
  } catch {
    return null;
  }
}
