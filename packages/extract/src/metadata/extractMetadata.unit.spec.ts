import { describe, expect, it } from "vitest";
import { parseHtml } from "../parseHtml.ts";
import { extractMetadata, type PageMetadata } from "./extractMetadata.ts";

const read = (html: string, url: string | null = null) => extractMetadata(parseHtml(html), url);

describe("extractMetadata", () => {
  it.each<[string, string, Partial<PageMetadata>]>([
    [
      "byline element with handle, date and reading time",
      '<div class="byline">By Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read</div>',
      { byline: "Bryan DeArdo" },
    ],
    [
      "name glued to a date by inline markup",
      '<p class="author">Carrie Arnold<span>November 15, 2019</span></p>',
      { byline: "Carrie Arnold" },
    ],
    [
      "authors in separate blocks",
      '<div class="authors"><div>Dana Serikova and Timur Akhmetov</div><div>Worldwire</div></div>',
      { byline: "Dana Serikova and Timur Akhmetov, Worldwire" },
    ],
    [
      "comment form label is not a byline",
      '<form><label class="author">Name (required)</label></form>',
      { byline: null },
    ],
    [
      "title escaped twice in a meta tag",
      '<meta property="og:title" content="&amp;#8216;Exclusive access&amp;#8217; claim disputed">',
      { title: "‘Exclusive access’ claim disputed" },
    ],
    [
      "JSON-LD @graph with author array and dates",
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Ministry claims access","author":[{"name":"A. One"},{"name":"B. Two"}],"datePublished":"2021-11-25T09:41:00+06:00","dateModified":"2021-11-26"}]}</script>',
      {
        title: "Ministry claims access",
        byline: "A. One, B. Two",
        publishedAt: "2021-11-25T03:41:00.000Z",
        updatedAt: "2021-11-26T00:00:00.000Z",
      },
    ],
    ["og:locale when html has no lang", '<meta property="og:locale" content="kk_KZ">', { language: "kk-KZ" }],
    [
      "citation date with slashes",
      '<meta name="citation_publication_date" content="2021/11/25">',
      { publishedAt: "2021-11-25T00:00:00.000Z" },
    ],
    [
      "parsely-page JSON",
      `<meta name="parsely-page" content='{"title": "Ministry claims access", "pub_date": "2021-11-25T09:41:00Z", "authors": ["Dana Serikova"]}'>`,
      { title: "Ministry claims access", byline: "Dana Serikova", publishedAt: "2021-11-25T09:41:00.000Z" },
    ],
    [
      "article <time> before a sidebar <time>",
      '<aside><time datetime="2020-01-01">old story</time></aside><article><time datetime="2021-11-25T09:41:00Z">Nov 25</time><time itemprop="dateModified" datetime="2021-11-26T08:00:00Z">updated</time></article>',
      { publishedAt: "2021-11-25T09:41:00.000Z", updatedAt: "2021-11-26T08:00:00.000Z" },
    ],
    ["nonsense date", '<meta property="article:published_time" content="yesterday-ish">', { publishedAt: null }],
  ])("%s", (_, html, expected) => {
    expect(read(`<html><head></head><body>${html}</body></html>`)).toMatchObject(expected);
  });

  it("resolves canonical and image links against the page address", () => {
    const meta = read(
      '<link rel="canonical" href="/world/story-1"><meta property="og:image" content="//cdn.example.com/a.jpg">',
      "https://news.example.com/world/story-1?utm_source=rss",
    );
    expect(meta.canonicalUrl).toBe("https://news.example.com/world/story-1");
    expect(meta.leadImage).toBe("https://cdn.example.com/a.jpg");
  });

  it("ignores links with other schemes", () => {
    expect(
      read('<link rel="canonical" href="javascript:alert(1)">', "https://news.example.com/").canonicalUrl,
    ).toBeNull();
  });
});
