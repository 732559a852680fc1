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

/** The document title of a page called `name`. */
export function documentTitle(name: string): string {
  return `${name} · ${siteName}`
}
