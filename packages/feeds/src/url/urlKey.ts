import { removeParams } from "./displayUrl.ts";
import { parseHttpUrl } from "./parseHttpUrl.ts";
import { isTrackingParam } from "./trackingParams.ts";
import { isAmpParam, stripAmpPath, unwrapAmpCache } from "./unwrapAmp.ts";

/** Bump when the rules below change: keys of different versions must never be compared. */
export const URL_KEY_VERSION = "v1";

/**
 * Lossy dedupe key for "the same article": not a URL to fetch. Rules (v1): scheme ignored; AMP cache/viewer
 * URLs unwrapped; host lowercased without "www."; default ports, fragment, tracking and AMP parameters dropped;
 * "/amp" and ".amp" path markers removed; trailing slash removed; percent-escapes uppercased; remaining
 * parameters sorted.
 * Returns null for input that is not an http(s) URL.
 */
export function urlKey(input: string): string | null {
  const parsed = parseHttpUrl(input);
  if (!parsed) return null;
  const url = unwrapAmpCache(parsed);
  const host = url.hostname.replace(/^www\d?\./, "").replace(/\.$/, "");
  const port = url.port ? `:${url.port}` : "";
  const path = stripAmpPath(url.pathname)
    .replace(/\/+$/, "")
    .replace(/%[0-9a-f]{2}/gi, (percent) => percent.toUpperCase());
  const params = new URLSearchParams(url.search);
  removeParams(params, (name, value) => isTrackingParam(name) || isAmpParam(name, value));
  params.sort();
  const query = params.size > 0 ? `?${params.toString()}` : "";
  return `${URL_KEY_VERSION}:${host}${port}${path}${query}`;
}
