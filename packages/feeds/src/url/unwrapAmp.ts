/**
 * The publisher's URL behind an AMP cache or viewer URL:
 *   https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a  -> https://www.example.com/a
 *   https://www.google.com/amp/s/www.example.com/a                    -> https://www.example.com/a
 * Returns the URL unchanged when it is neither.
 */
export function unwrapAmpCache(url: URL): URL {
  const host = url.hostname;
  let match: RegExpExecArray | null = null;
  if (host.endsWith(".cdn.ampproject.org") || host === "cdn.ampproject.org") {
    match = /^\/[cvi](\/s)?\/(.+)$/.exec(url.pathname);
  } else if (/^(www\.)?google\.[a-z.]+$/.test(host)) {
    match = /^\/amp(\/s)?\/(.+)$/.exec(url.pathname);
  }
  if (!match?.[2]) return url;
  try {
    return new URL(`${match[1] ? "https" : "http"}://${match[2]}${url.search}`);
  } catch {
    return url;
  }
}

/** Path without AMP markers: a leading or trailing "amp" segment, ".amp" before the extension or at the end. */
export function stripAmpPath(pathname: string): string {
  const segments = pathname.split("/");
  if (segments.at(-1) === "") segments.pop();
  if (segments.at(-1)?.toLowerCase() === "amp") segments.pop();
  if (segments[1]?.toLowerCase() === "amp" && segments.length > 2) segments.splice(1, 1);
  const last = segments.length - 1;
  if (last > 0) segments[last] = segments[last]!.replace(/\.amp(?=\.html?$|$)/i, "");
  const path = segments.join("/");
  return path === "" ? "/" : path;
}

/** Query parameters that only select the AMP rendering. */
export function isAmpParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  return lower === "amp" || (lower === "outputtype" && value.toLowerCase() === "amp") || lower === "_amp";
}
