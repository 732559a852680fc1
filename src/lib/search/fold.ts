/**
 * Folds a name for comparison: case, diacritics, hyphens, spaces and apostrophes do not matter,
 * so "Jeon Jong-Seo", "jeon jongseo" and "JEON JONG SEO" fold alike.
 */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐‑–—_'’`.·]+/g, '')
}

/** True when the query, folded, occurs in any of the names, folded. An empty query matches all. */
export function matchesAnyName(query: string, names: readonly string[]): boolean {
  const folded = foldName(query)
  if (!folded) return true
  return names.some((name) => foldName(name).includes(folded))
}
