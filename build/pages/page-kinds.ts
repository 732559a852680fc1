import {
  matchPage,
  pageKindNames,
  pathOf,
  type PageKindName,
  type PageMatch,
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

export type Page = PageMatch

/** Every page the site has, for the prerenderer and the sitemap. */
export function pagesOf(index: DatasetIndex): Page[] {
  return pageKindNames.flatMap((kind) =>
    builtPageKinds[kind]
      .enumerate(index)
      .map((params) => ({ kind, params, path: pathOf(kind, params) })),
  )
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
