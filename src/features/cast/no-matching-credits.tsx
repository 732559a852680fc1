import { Link } from 'react-router'
import { paths } from '@/config/paths'
import { castFilterParams, type CastFilter } from './cast-filter'

/** What a filter that matches nothing says, with the ways out of it. */
export function NoMatchingCredits({ workSlug, filter }: { workSlug: string; filter: CastFilter }) {
  const query = filter.q.trim()
  const where =
    filter.dept === 'cast'
      ? 'in the cast'
      : filter.dept === 'crew'
        ? 'in the crew'
        : 'in the credits'
  const everyDepartment = castFilterParams({ ...filter, dept: null }).toString()
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-5 py-8 text-center sm:px-8">
      <h2 className="text-lg font-semibold text-ink">No matching credits</h2>
      <p className="mx-auto mt-2 max-w-prose text-sm break-words text-ink-muted">
        {query ? (
          <>
            Nothing {where} matches “<span className="text-ink">{query}</span>”.
          </>
        ) : (
          <>Nobody is listed {where}.</>
        )}{' '}
        Try part of a name or a character’s name — any spelling the articles use works
        {filter.dept ? ', or look in both departments' : ''}.
      </p>
      <ul className="mt-4 flex flex-wrap justify-center gap-x-6 gap-y-1 text-sm font-medium">
        {filter.dept && query && (
          <li>
            <Link
              to={{ pathname: paths.cast(workSlug), search: everyDepartment }}
              preventScrollReset
              className="inline-flex min-h-11 items-center text-accent underline"
            >
              Search cast and crew for “{query.length > 30 ? `${query.slice(0, 30)}…` : query}”
            </Link>
          </li>
        )}
        <li>
          <Link
            to={paths.cast(workSlug)}
            preventScrollReset
            className="inline-flex min-h-11 items-center text-accent underline"
          >
            Clear all filters
          </Link>
        </li>
      </ul>
    </div>
  )
}
