import { Link } from 'react-router'
import { paths } from '@/config/paths'
import type { SupportedFact } from '@/data/payload-types'
import { countOf } from '@/lib/count'

type PageRef = SupportedFact['page']

export const pagePath = (page: PageRef) =>
  page.kind === 'work' ? paths.film(page.slug) : paths.person(page.slug)

/** Items gathered by the page they appear on, pages in first-seen order. */
export function groupByPage<T extends { page: PageRef }>(items: readonly T[]) {
  const groups = new Map<string, { page: PageRef; items: T[] }>()
  for (const item of items) {
    const key = `${item.page.kind}:${item.page.slug}`
    const group = groups.get(key) ?? { page: item.page, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** The facts an article supports by page, each label once. */
function factLabelsByPage(supports: SupportedFact[]) {
  return groupByPage(supports).map(({ page, items }) => ({
    page,
    labels: [...new Set(items.map((fact) => fact.label))],
  }))
}

const pageKindLabel = (page: PageRef) => (page.kind === 'work' ? 'Work' : 'Person')

/**
 * Compact: one link per page, with how many of the article's facts appear there. Unnamed: the text
 * before it says what it lists (screen readers rarely announce a list's name).
 */
export function SupportedPages({ supports }: { supports: SupportedFact[] }) {
  const groups = factLabelsByPage(supports)
  if (groups.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2">
      {groups.map(({ page, labels }) => (
        <li key={`${page.kind}:${page.slug}`}>
          <Link
            to={pagePath(page)}
            className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line bg-surface-muted px-3 text-sm text-ink no-underline hover:border-accent hover:text-accent"
          >
            <span className="font-medium">{page.title}</span>
            <span className="text-ink-muted tabular-nums">{countOf(labels.length, 'fact')}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** In full: every fact an article supports, under a link to the page where it appears. */
export function SupportedFactList({ supports }: { supports: SupportedFact[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {factLabelsByPage(supports).map(({ page, labels }) => (
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
            {labels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
