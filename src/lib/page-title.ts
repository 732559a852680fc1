import { siteName } from '../data/site.ts'

/*
 * What each page is called, in its <title>, its Open Graph tags and its breadcrumbs alike. The
 * routes render these and the build's page meta reads the same functions.
 */
export const pageNames = {
  cast: (workTitle: string) => `Cast and crew of ${workTitle}`,
  timeline: (workTitle: string) => `Timeline of ${workTitle}`,
  sources: 'Sources',
  search: 'Search',
  notFound: 'Page not found',
}

/** Longer document titles are cut short in tabs and search results (html-validate's long-title). */
export const maxTitleLength = 70

/**
 * Typographic quotes for straight ones. They read better, and unlike ' and " they are not written
 * as entities (`&#x27;`, `&quot;`), which html-validate counts, raw, in a title's length.
 */
function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{“‘])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“‘])'/g, '$1‘')
    .replace(/'/g, '’')
}

/**
 * The document title: the page's title and the site's name, or the page's title alone where both
 * would be too long, cut after a whole word if even that is.
 */
export function documentTitle(title: string): string {
  const text = curlyQuotes(title)
  const withSite = `${text} · ${siteName}`
  if (withSite.length <= maxTitleLength) return withSite
  if (text.length <= maxTitleLength) return text
  let cut = ''
  for (const word of text.split(' ')) {
    const next = cut ? `${cut} ${word}` : word
    if (next.length >= maxTitleLength) break
    cut = next
  }
  return `${(cut || text.slice(0, maxTitleLength - 1)).replace(/[\s,:;–—-]+$/, '')}…`
}
