/** Charset labels declared in an HTTP Content-Type header, an XML prolog or an HTML <meta>. */

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Reads the head of the body as latin1 (ASCII-compatible) so the declaration can be found before decoding. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = latin1Head(bytes, 2048);
  const prolog = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (prolog?.[1]) return prolog[1].toLowerCase();
  const metaCharset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (metaCharset?.[1]) return metaCharset[1].toLowerCase();
  return null;
}

function latin1Head(bytes: Uint8Array, length: number): string {
  let out = "";
  const end = Math.min(bytes.length, length);
  for (let i = 0; i < end; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}
