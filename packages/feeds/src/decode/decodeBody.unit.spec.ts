import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBody } from "./decodeBody.ts";

const quoted = "\u201cdirect and exclusive access\u201d \u2014 it\u2019s";
const cyrillic = "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b"; // "Министр заявил"
const prolog = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><title>`;
const bytes = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

const cases: { name: string; body: Uint8Array; contentType?: string; text: string; charset: string; note?: RegExp }[] =
  [
    { name: "UTF-8 without BOM", body: Buffer.from(quoted, "utf8"), text: quoted, charset: "utf-8" },
    {
      name: "UTF-8 with BOM",
      body: bytes([0xef, 0xbb, 0xbf], Buffer.from(quoted, "utf8")),
      text: quoted,
      charset: "utf-8",
    },
    {
      name: "valid UTF-8 wins over a wrong header",
      body: Buffer.from(quoted, "utf8"),
      contentType: "text/xml; charset=iso-8859-1",
      text: quoted,
      charset: "utf-8",
    },
    {
      name: "UTF-16LE BOM",
      body: bytes([0xff, 0xfe], Buffer.from(quoted, "utf16le")),
      text: quoted,
      charset: "utf-16le",
    },
    {
      name: "UTF-16BE BOM",
      body: bytes([0xfe, 0xff], Buffer.from(quoted, "utf16le").swap16()),
      text: quoted,
      charset: "utf-16be",
    },
    {
      name: "UTF-16LE without BOM",
      body: Buffer.from("<?xml version='1.0'?><a/>", "utf16le"),
      text: "<?xml version='1.0'?><a/>",
      charset: "utf-16le",
    },
    {
      name: "windows-1252 smart quotes from the XML prolog",
      body: bytes(prolog("windows-1252"), iconv.encode(quoted, "windows-1252")),
      text: prolog("windows-1252") + quoted,
      charset: "windows-1252",
    },
    {
      name: "iso-8859-1 label read as windows-1252",
      body: bytes(iconv.encode(quoted, "windows-1252")),
      contentType: "application/rss+xml; charset=ISO-8859-1",
      text: quoted,
      charset: "windows-1252",
    },
    {
      name: "windows-1251 from the HTTP header",
      body: iconv.encode(cyrillic, "windows-1251"),
      contentType: 'text/xml; charset="windows-1251"',
      text: cyrillic,
      charset: "windows-1251",
    },
    {
      name: "header beats prolog",
      body: bytes(prolog("windows-1251"), iconv.encode(cyrillic, "koi8-r")),
      contentType: "text/xml; charset=koi8-r",
      text: prolog("windows-1251") + cyrillic,
      charset: "koi8-r",
    },
    {
      name: "KOI8-R from the XML prolog",
      body: bytes(prolog("KOI8-R"), iconv.encode(cyrillic, "koi8-r")),
      text: prolog("KOI8-R") + cyrillic,
      charset: "koi8-r",
    },
    {
      name: "ISO-8859-2 from an HTML meta charset",
      body: bytes('<html><head><meta charset="iso-8859-2">', iconv.encode("\u0141\u00f3d\u017a", "iso-8859-2")),
      text: '<html><head><meta charset="iso-8859-2">\u0141\u00f3d\u017a',
      charset: "iso-8859-2",
    },
    {
      name: "http-equiv meta",
      body: bytes(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        iconv.encode(cyrillic, "windows-1251"),
      ),
      text: `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">${cyrillic}`,
      charset: "windows-1251",
    },
    {
      name: "unknown label falls back to windows-1252 with a note",
      body: iconv.encode(quoted, "windows-1252"),
      contentType: "text/xml; charset=x-bogus-42",
      text: quoted,
      charset: "windows-1252",
      note: /unknown charset "x-bogus-42"/,
    },
    {
      name: "no label and invalid UTF-8",
      body: iconv.encode(quoted, "windows-1252"),
      text: quoted,
      charset: "windows-1252",
      note: /no charset declared/,
    },
  ];

describe("decodeBody", () => {
  it.each(cases)("$name", ({ body, contentType, text, charset, note }) => {
    const decoded = decodeBody(new Uint8Array(body), contentType);
    expect(decoded.text).toBe(text);
    expect(decoded.charset).toBe(charset);
    if (note) expect(decoded.note).toMatch(note);
    else expect(decoded.note).toBeUndefined();
  });
});
