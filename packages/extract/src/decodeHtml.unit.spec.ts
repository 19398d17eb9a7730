import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtml } from "./decodeHtml.ts";

const BODY = "Министерство заявило о доступе — «прямом и эксклюзивном»";
/** KOI8-R has no typographic quotes or dashes. */
const PLAIN = "Министерство заявило о прямом доступе";

describe("decodeHtml", () => {
  it.each([
    ["utf-8 without declaration", `<p>${BODY}</p>`, "utf-8"],
    ["windows-1251 declared by <meta charset>", `<meta charset="windows-1251"><p>${BODY}</p>`, "windows-1251"],
    [
      "koi8-r declared by http-equiv",
      `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>${PLAIN}</p>`,
      "koi8-r",
    ],
    ["unknown label falls back to utf-8", `<meta charset="x-no-such-charset"><p>${BODY}</p>`, "utf-8"],
  ])("%s", (_, html, encoding) => {
    expect(decodeHtml(iconv.encode(html, encoding))).toBe(html);
  });

  it("lets a byte-order mark win over a wrong declaration", () => {
    const html = `<meta charset="windows-1251"><p>${BODY}</p>`;
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, "utf8")]);
    expect(decodeHtml(bytes)).toBe(html);
  });
});
