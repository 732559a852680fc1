import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '@/config/paths'
import { countOf } from '@/lib/count'
import { LoadFailure } from './load-failure'
import { featuredWorkSlug } from '@/data/site'
import { resultKinds } from './search-results-model'
import { useShardedSearch } from './use-sharded-search'

const pageLimit = 50

/**
 * Results of the /search page, grouped by kind. Loaded with its own chunk (engine, es-hangul)
 * only once there is something to search for; the shards its query needs are fetched then.
 */
export function SearchResults({ query }: { query: string }) {
  const search = useShardedSearch(query, { limit: pageLimit })
  const { results } = search

  if (search.status === 'error') return <LoadFailure what="Search" onRetry={search.retry} />
  if (search.status !== 'success') return <SearchStatus>Loading the names…</SearchStatus>

  if (results.length === 0) {
    return (
      <div className="space-y-3">
        <SearchStatus>
          <strong className="font-semibold text-ink">No results</strong> for “
          <span className="break-all">{query}</span>”.
        </SearchStatus>
        <ul className="list-inside list-disc space-y-1 text-ink-muted">
          <li>Try the family name or the given name on its own, or fewer letters.</li>
          <li>Any romanisation works (Ok-ju or Ok-joo), as do Hangul and its initials (ㅈㅈㅅ).</li>
          <li>
            Or browse the{' '}
            <Link className="text-accent underline" to={paths.cast(featuredWorkSlug)}>
              cast and crew
            </Link>{' '}
            and the{' '}
            <Link className="text-accent underline" to={paths.timeline(featuredWorkSlug)}>
              timeline
            </Link>
            .
          </li>
        </ul>
      </div>
    )
  }

  return (
    <div className="space-y-8">
      <SearchStatus>
        {results.length === pageLimit
          ? `The first ${pageLimit} results`
          : countOf(results.length, 'result')}{' '}
        for “<span className="break-all">{query}</span>”.
      </SearchStatus>
      {resultKinds.map(({ kind, heading }) => {
        const group = results.filter((result) => result.kind === kind)
        if (group.length === 0) return null
        const headingId = `results-${kind}`
        return (
          <section key={kind} aria-labelledby={headingId} className="space-y-3">
            <h2 id={headingId} className="text-xl font-semibold tracking-tight">
              {heading} <span className="font-normal text-ink-muted">({group.length})</span>
            </h2>
            <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
              {group.map((result) => (
                <li key={result.id} className="px-4 py-3">
                  <Link
                    to={result.href}
                    className="text-lg font-semibold break-words text-accent underline decoration-1 hover:decoration-2"
                  >
                    {result.title}
                  </Link>
                  {result.context ? (
                    <p className="text-sm break-words text-ink-muted">{result.context}</p>
                  ) : null}
                  <p className="text-sm break-words text-ink">
                    <span className="text-ink-muted">Matched: </span>
                    {result.reason}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

function SearchStatus({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="text-ink-muted">
      {children}
    </p>
  )
}
