import type { CorpusArticle, Outlet } from "./loadCorpus.ts";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const summary = (article: CorpusArticle) => article.paragraphs[0]!.slice(0, 220);

/** An outlet's feed: RSS 2.0 for the wire and the broadcaster, Atom for the magazine. */
export function renderFeed(base: string, outlet: Outlet, articles: CorpusArticle[]): string {
  const sorted = [...articles].sort((a, b) => b.published.localeCompare(a.published));
  if (outlet.style === "magazine") {
    const entries = sorted
      .map(
        (a) => `  <entry>
    <title>${escapeXml(a.title)}</title>
    <link rel="alternate" href="${base}/${outlet.slug}/${a.slug}"/>
    <id>tag:${outlet.slug}.example,2021:${a.slug}</id>
    <published>${a.published}</published>
    <updated>${a.published}</updated>
    <author><name>${escapeXml(a.author)}</name></author>
    <summary>${escapeXml(summary(a))}</summary>
  </entry>`,
      )
      .join("\n");
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(outlet.name)}</title>
  <link rel="alternate" href="${base}/${outlet.slug}/"/>
  <id>tag:${outlet.slug}.example,2021:feed</id>
  <updated>${sorted[0]?.published ?? "2021-11-01T00:00:00Z"}</updated>
${entries}
</feed>
`;
  }
  const items = sorted
    .map(
      (a) => `    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${base}/${outlet.slug}/${a.slug}?utm_source=rss&amp;utm_medium=feed</link>
      <guid isPermaLink="false">${outlet.slug}-${a.slug}</guid>
      <pubDate>${new Date(a.published).toUTCString()}</pubDate>
      <description>${escapeXml(summary(a))}</description>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(outlet.name)}</title>
    <link>${base}/${outlet.slug}/</link>
    <description>News from ${escapeXml(outlet.name)}</description>
${items}
  </channel>
</rss>
`;
}

const escapeHtml = escapeXml;

/** An article page with the clutter real pages have: navigation, share box, related links, footer. */
export function renderArticle(
  base: string,
  article: CorpusArticle,
  related: CorpusArticle[],
  urlOf: (article: CorpusArticle) => string = (r) => `${base}/${r.outlet.slug}/${r.slug}`,
): string {
  const { outlet } = article;
  const url = `${base}/${outlet.slug}/${article.slug}`;
  const body = article.paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join("\n");
  const jsonLd =
    outlet.style === "magazine"
      ? `<script type="application/ld+json">${JSON.stringify({
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: article.title,
          datePublished: article.published,
          author: { "@type": "Person", name: article.author },
          publisher: { "@type": "Organization", name: outlet.name },
        })}</script>`
      : "";
  const relatedLinks = related
    .filter((r) => r.slug !== article.slug)
    .slice(0, 3)
    .map((r) => `<li><a href="${urlOf(r)}">${escapeHtml(r.title)}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(article.title)} | ${escapeHtml(outlet.name)}</title>
  <meta property="og:title" content="${escapeHtml(article.title)}">
  <meta property="og:site_name" content="${escapeHtml(outlet.name)}">
  <meta property="article:published_time" content="${article.published}">
  <meta name="author" content="${escapeHtml(article.author)}">
  <link rel="canonical" href="${url}">
  ${jsonLd}
</head>
<body>
  <header><a class="logo" href="${base}/${outlet.slug}/">${escapeHtml(outlet.name)}</a>
    <nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/tech">Technology</a> <a href="/opinion">Opinion</a></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(article.title)}</h1>
      <div class="byline">By ${escapeHtml(article.author)} · <time datetime="${article.published}">${article.published.slice(0, 10)}</time></div>
      <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
${body}
    </article>
    <aside class="related"><h2>Related stories</h2><ul>${relatedLinks}</ul></aside>
    <section class="newsletter">Sign up for our daily briefing</section>
  </main>
  <footer>© 2021 ${escapeHtml(outlet.name)}. All rights reserved.</footer>
</body>
</html>
`;
}
