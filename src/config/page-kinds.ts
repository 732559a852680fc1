import { matchPath } from 'react-router'
import { personQueries, sourceQueries, workQueries } from '../data/queries.ts'
import { featuredWorkSlug } from '../data/site.ts'

/*
 * The route table: every kind of page the site has, declared once. The router, the URL builders
 * (paths.ts), the prerender list, the sitemap, the page meta, the size budgets and the
 * Lighthouse and benchmark page lists all derive from it. What only the build needs about a kind
 * (how its pages are enumerated, its meta, a representative page) sits beside it in
 * build/pages/, keyed by the same name and checked for completeness by the compiler.
 */

/** Slugs and ids are lowercase words joined by hyphens; anything else in a URL is not a page. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type PageParams = Record<string, string>

/** What a loader needs of a payload query to prime the cache with it. */
type PageQuery = { queryKey: readonly unknown[]; meta?: { payload: string } }

export type PageKind = {
  /** The URL pattern under the site's base, with `:name` parameters. */
  path: string
  /** The page's module in src/routes/pages/, loaded when the page is first shown. */
  module: string
  /**
   * The payload the page reads, primed by its loader before it renders. A page that does not
   * exist has no payload file: the load fails with `NotFoundError` and the page is not found.
   */
  query?: (params: PageParams) => PageQuery
}

const table = {
  home: {
    path: '/',
    module: 'film',
    query: () => workQueries.detail(featuredWorkSlug),
  },
  film: {
    path: '/films/:slug',
    module: 'film',
    query: ({ slug = '' }) => workQueries.detail(slug),
  },
  cast: {
    path: '/films/:slug/cast',
    module: 'cast',
    query: ({ slug = '' }) => workQueries.detail(slug),
  },
  timeline: {
    path: '/films/:slug/timeline',
    module: 'timeline',
    query: ({ slug = '' }) => workQueries.detail(slug),
  },
  person: {
    path: '/people/:slug',
    module: 'person',
    query: ({ slug = '' }) => personQueries.detail(slug),
  },
  sources: { path: '/sources', module: 'sources', query: () => sourceQueries.list() },
  source: {
    path: '/sources/:id',
    module: 'source',
    query: ({ id = '' }) => sourceQueries.detail(id),
  },
  search: { path: '/search', module: 'search' },
} satisfies Record<string, PageKind>

export type PageKindName = keyof typeof table

export const pageKinds: Record<PageKindName, PageKind> = table

/**
 * The route every path no page kind matches falls to. Its view is no page module: it loads on its
 * own (src/routes/not-found-slot.tsx) from this file, as the Vite manifest names it.
 */
export const notFoundRouteId = 'not-found'
export const notFoundModuleFile = 'src/routes/not-found.tsx'

/** The source file of a page module, as the Vite manifest names it. */
export function pageModuleFile(module: string): string {
  return `src/routes/pages/${module}.tsx`
}

/** A page's path under the base, its parameters encoded. */
export function pathOf(kind: PageKindName, params: PageParams = {}): string {
  return pageKinds[kind].path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`${kind} pages need a "${name}"`)
    return encodeURIComponent(value)
  })
}

export const pageKindNames = Object.keys(pageKinds) as PageKindName[]

export type PageMatch = { kind: PageKindName; params: PageParams; path: string }

/**
 * The page a path under the base shows, matched as the router matches it (case-sensitive, every
 * parameter a slug); undefined when it is no page.
 */
export function matchPage(path: string): PageMatch | undefined {
  for (const kind of pageKindNames) {
    const match = matchPath({ path: pageKinds[kind].path, caseSensitive: true, end: true }, path)
    if (!match) continue
    const params = match.params as PageParams
    return Object.values(params).every((value) => slugPattern.test(value))
      ? { kind, params, path }
      : undefined
  }
  return undefined
}
