import { parseHttpUrl } from "./parseHttpUrl.ts";
import { isTrackingParam } from "./trackingParams.ts";

/**
 * A URL fit to show and to fetch: tracking parameters and the fragment removed, host lowercased and default
 * port dropped (by WHATWG URL); everything else, parameter order included, kept as published.
 * Non-http(s) or unparseable input comes back trimmed.
 */
export function displayUrl(input: string): string {
  const url = parseHttpUrl(input);
  if (!url) return input.trim();
  removeParams(url.searchParams, (name) => isTrackingParam(name));
  url.hash = "";
  return url.href;
}

export function removeParams(params: URLSearchParams, drop: (name: string, value: string) => boolean): void {
  for (const [name, value] of [...params]) {
    if (drop(name, value)) params.delete(name, value);
  }
}
