import { paths } from '../../src/config/paths.ts'
import type { PageParams } from '../../src/config/page-kinds.ts'
import { featuredWorkSlug, siteName } from '../../src/data/site.ts'
import { pageNames } from '../../src/lib/page-title.ts'
import type { DatasetIndex } from '../dataset/selectors.ts'
import { homeCrumb, pageMeta, relativePath, truncate, workLabel } from './page-meta.ts'

/* The meta of the sources pages, the search page and the not-found shell. */

const featuredLabel = (index: DatasetIndex) => {
  const featured = index.works.get(featuredWorkSlug)
  return featured ? workLabel(featured) : undefined
}

export const sourcesPage = {
  enumerate: (): PageParams[] => [{}],
  meta: (index: DatasetIndex, path: string) => {
    const articles = index.dataset.sources.filter((source) => source.kind === 'article')
    const about = featuredLabel(index)
    return pageMeta(index, path, {
      name: pageNames.sources,
      description: truncate(
        `The ${articles.length} news articles behind every fact in ${siteName}${about ? ` about ${about}` : ''}, with what each one supports.`,
      ),
    })
  },
  representative: {},
}

export const sourcePage = {
  enumerate: (index: DatasetIndex): PageParams[] =>
    index.dataset.sources.map((source) => ({ id: source.id })),
  meta: (index: DatasetIndex, path: string, { id = '' }: PageParams) => {
    const source = index.sources.get(id)
    if (!source) return undefined
    return pageMeta(index, path, {
      name: source.title,
      description: truncate(source.summary),
      breadcrumbs: [
        homeCrumb,
        { name: pageNames.sources, path: relativePath(paths.sources()) },
        { name: source.title, path: relativePath(path) },
      ],
    })
  },
  representative: { id: 'sayart-2023-10-11' },
}

export const searchPage = {
  enumerate: (): PageParams[] => [{}],
  meta: (index: DatasetIndex, path: string) =>
    pageMeta(index, path, {
      name: pageNames.search,
      description: truncate(
        `Search the people, characters, works and events of ${featuredLabel(index) ?? siteName} by any spelling the articles use, in English or Hangul.`,
      ),
    }),
  representative: {},
}

/** The meta of the not-found shell, 404.html, and of any path that is no page. */
export const notFoundMeta = (index: DatasetIndex, path: string) =>
  pageMeta(index, path, {
    name: pageNames.notFound,
    description: 'Nothing here matches this address.',
    indexable: false,
  })
