import { Link } from 'react-router'
import { paths } from '@/config/paths'
import type { SourcePayload, SourceSummary } from '@/data/payload-types'
import { countOf } from '@/lib/count'
import type { PageRef } from './group-by-page'

export const pagePath = (page: PageRef) =>
  page.kind === 'work' ? paths.film(page.slug) : paths.person(page.slug)

const pageKindLabel = (page: PageRef) => (page.kind === 'work' ? 'Work' : 'Person')

/**
 * Compact: one link per page, with how many of the article's facts appear there. Unnamed: the text
 * before it says what it lists (screen readers rarely announce a list's name).
 */
export function SupportedPages({ pages }: { pages: SourceSummary['pages'] }) {
  if (pages.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2">
      {pages.map(({ page, factCount }) => (
        <li key={`${page.kind}:${page.slug}`}>
          <Link
            to={pagePath(page)}
            className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line bg-surface-muted px-3 text-sm text-ink no-underline hover:border-accent hover:text-accent"
          >
            <span className="font-medium">{page.title}</span>
            <span className="text-ink-muted tabular-nums">{countOf(factCount, 'fact')}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** In full: every fact an article supports, under a link to the page where it appears. */
export function SupportedFactList({ pages }: { pages: SourcePayload['source']['pages'] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {pages.map(({ page, facts }) => (
        <section
          key={`${page.kind}:${page.slug}`}
          aria-label={page.title}
          className="rounded-xl border border-line bg-surface p-4"
        >
          <h3 className="flex flex-wrap items-baseline justify-between gap-2 font-semibold">
            <Link to={pagePath(page)} className="text-accent underline">
              {page.title}
            </Link>
            <span className="text-xs font-medium text-ink-muted uppercase">
              {pageKindLabel(page)} page
            </span>
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm marker:text-ink-muted">
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
