/**
 * Resolves a possibly relative URL against a chain of bases, outermost first (feed URL, feed xml:base, entry
 * xml:base, ...). Each base is itself resolved against the ones before it. Unresolvable input is returned as is.
 */
export function resolveLink(href: string | null, bases: (string | null | undefined)[]): string | null {
  if (!href) return null;
  let base: string | undefined;
  for (const next of bases) {
    if (next) base = tryResolve(next, base) ?? base;
  }
  return tryResolve(href, base) ?? href;
}

function tryResolve(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}
