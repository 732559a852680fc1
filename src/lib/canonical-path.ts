/*
 * Hosts serve a page's file for addresses the router would read as another path: doubled
 * slashes (`/films//x`), an encoded slash (`/films%2Fx`), or the file's own name
 * (`/films/x/index.html`). These give the address that page is really at.
 */

/** The path a host most likely resolved to a file: slashes decoded and collapsed, no index.html. */
export function hostResolvedPath(pathname: string): string {
  const decodedSlashes = pathname.replace(/%2f/gi, '/')
  const collapsed = decodedSlashes.replace(/\/{2,}/g, '/')
  const withoutIndex = collapsed.replace(/\/index\.html$/, '/')
  return withoutIndex.length > 1 ? withoutIndex.replace(/\/$/, '') : withoutIndex
}

/**
 * Where to show a prerendered page: its canonical address when the browser's address is one a
 * host maps to the same file, or null when the address is something else entirely (the page was
 * left before the app started) and the app must render that address afresh.
 */
export function canonicalLocation(
  location: { pathname: string; search: string; hash: string },
  base: string,
  renderedPath: string,
): { href: string; same: boolean } | null {
  const canonical = `${base}${renderedPath.slice(1)}`
  const trimmed = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path)
  if (trimmed(location.pathname) === trimmed(canonical)) return { href: '', same: true }
  if (hostResolvedPath(location.pathname) !== trimmed(canonical)) return null
  return { href: `${canonical}${location.search}${location.hash}`, same: false }
}

/** A URL component decoded, or as it is where it is not valid percent-encoding (`%`). */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The path with the site's base taken off (`/people/x` for `${base}people/x`), or null outside it. */
export function stripBase(pathname: string, base: string): string | null {
  if (pathname.startsWith(base)) return `/${pathname.slice(base.length)}`
  return `${pathname}/` === base ? '/' : null
}
