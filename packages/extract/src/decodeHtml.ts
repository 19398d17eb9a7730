import iconv from "iconv-lite";

/** <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** The HTML spec looks for the charset declaration in the first 1024 bytes; pages often go further. */
const SNIFF_BYTES = 4096;

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * Decodes a saved page: a byte-order mark wins, then a <meta> charset declaration, else UTF-8.
 * Unknown labels fall back to UTF-8. Pure: the caller reads the bytes.
 */
export function decodeHtml(bytes: Uint8Array): string {
  let encoding = bomEncoding(bytes);
  if (!encoding) {
    const head = iconv.decode(bytes.subarray(0, SNIFF_BYTES), "latin1");
    const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
    // A page saved as UTF-16 cannot declare it in ASCII bytes; the declaration is then wrong.
    encoding = declared && iconv.encodingExists(declared) && !declared.startsWith("utf-16") ? declared : "utf-8";
  }
  return iconv.decode(bytes, encoding);
}
