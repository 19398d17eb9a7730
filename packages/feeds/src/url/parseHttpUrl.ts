/** A WHATWG URL for http(s) input (scheme-less "//host/..." read as https); null for anything else. */
export function parseHttpUrl(input: string): URL | null {
  const text = input.trim();
  if (text === "") return null;
  try {
    const url = new URL(text.startsWith("//") ? `https:${text}` : text);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
