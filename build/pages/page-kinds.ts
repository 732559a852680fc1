import { matchPath } from 'react-router'
import {
  pageKinds,
  pathOf,
  slugPattern,
  type PageKindName,
  type PageParams,
} from '../../src/config/page-kinds.ts'
import type { DatasetIndex } from '../dataset/selectors.ts'
import { notFoundMeta, searchPage, sourcePage, sourcesPage } from './other-pages.ts'
import type { PageMeta } from './page-meta.ts'
import { personPage } from './person-page.ts'
import { castPage, filmPage, homePage, timelinePage } from './work-pages.ts'

/** What only the build needs to know about a page kind. */
type BuiltPageKind = {
  /** The parameters of every page of this kind the dataset has. */
  enumerate(index: DatasetIndex): PageParams[]
  /** The page's meta; undefined when the dataset has no such page. */
  meta(index: DatasetIndex, path: string, params: PageParams): PageMeta | undefined
  /** A page that stands for its kind in budgets, Lighthouse runs and benchmarks. */
  representative: PageParams
}

/** The build half of the route table (src/config/page-kinds.ts): one entry per page kind. */
const builtPageKinds: Record<PageKindName, BuiltPageKind> = {
  home: homePage,
  film: filmPage,
  cast: castPage,
  timeline: timelinePage,
  person: personPage,
  sources: sourcesPage,
  source: sourcePage,
  search: searchPage,
}

export const pageKindNames = Object.keys(pageKinds) as PageKindName[]

export type Page = { kind: PageKindName; params: PageParams; path: string }

/** Every page the site has, for the prerenderer and the sitemap. */
export function pagesOf(index: DatasetIndex): Page[] {
  return pageKindNames.flatMap((kind) =>
    builtPageKinds[kind]
      .enumerate(index)
      .map((params) => ({ kind, params, path: pathOf(kind, params) })),
  )
}

/** The page a path under the base shows, matched as the router matches it; undefined if none. */
export function matchPage(path: string): Page | undefined {
  for (const kind of pageKindNames) {
    const match = matchPath({ path: pageKinds[kind].path, caseSensitive: true, end: true }, path)
    if (!match) continue
    const params = match.params as PageParams
    if (Object.values(params).every((value) => slugPattern.test(value))) {
      return { kind, params, path }
    }
  }
  return undefined
}

/** One page of each kind, for budgets, Lighthouse and benchmarks. */
export function representativePages(): Page[] {
  return pageKindNames.map((kind) => {
    const params = builtPageKinds[kind].representative
    return { kind, params, path: pathOf(kind, params) }
  })
}

/** The meta of any path under the base: its page's, or the not-found page's. */
export function pageMetaFor(index: DatasetIndex, path: string): PageMeta {
  const page = matchPage(path)
  const meta = page && builtPageKinds[page.kind].meta(index, path, page.params)
  return meta ?? notFoundMeta(index, path)
}
