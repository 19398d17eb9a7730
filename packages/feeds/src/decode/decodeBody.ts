import iconv from "iconv-lite";
import { detectUnicode } from "./detectUnicode.ts";
import { charsetFromContentType, charsetFromMarkup } from "./sniffCharset.ts";

export interface DecodedBody {
  text: string;
  /** The charset actually used, as an iconv-lite / WHATWG label ("utf-8", "windows-1252", ...). */
  charset: string;
  /** Set when a guess was made (unknown or missing label). */
  note?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

// Labels that in practice mean windows-1252: feeds labelled latin1 or ASCII routinely carry smart quotes in
// 0x80-0x9F (the WHATWG Encoding Standard maps them the same way).
const windows1252Aliases = new Set(["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252"]);

/**
 * Bytes of a fetched feed or page to text. Order: a Unicode BOM or XML signature; valid UTF-8; the charset from
 * the HTTP header, the XML prolog, then an HTML meta tag; windows-1252 when nothing usable is declared.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const unicode = detectUnicode(bytes);
  if (unicode) {
    return {
      text: stripBom(iconv.decode(bytes.subarray(unicode.bomLength), unicode.charset)),
      charset: unicode.charset,
    };
  }
  try {
    return { text: stripBom(utf8.decode(bytes)), charset: "utf-8" };
  } catch {
    // Not UTF-8: fall through to the declared charset.
  }
  const declared = charsetFromContentType(contentType) ?? charsetFromMarkup(bytes);
  const { charset, note } = chooseCharset(declared);
  const decoded: DecodedBody = { text: stripBom(iconv.decode(bytes, charset)), charset };
  if (note) decoded.note = note;
  return decoded;
}

function chooseCharset(declared: string | null): { charset: string; note?: string } {
  if (!declared)
    return { charset: "windows-1252", note: "no charset declared and not valid UTF-8: assumed windows-1252" };
  if (windows1252Aliases.has(declared)) return { charset: "windows-1252" };
  if (/^utf-?8$/.test(declared)) {
    return { charset: "windows-1252", note: "declared utf-8 but the bytes are not valid UTF-8: assumed windows-1252" };
  }
  if (iconv.encodingExists(declared)) return { charset: declared };
  return { charset: "windows-1252", note: `unknown charset "${declared}": assumed windows-1252` };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
