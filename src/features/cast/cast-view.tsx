import { useMemo, type ChangeEvent, type FormEvent } from 'react'
import { Link, useHref, useSearchParams } from 'react-router'
import { paths } from '@/config/paths'
import type { CreditWithPerson } from '@/data/payload-types'
import {
  castFilterParams,
  creditKeys,
  creditsMatching,
  defaultCastFilter,
  isFiltered,
  orderCredits,
  parseCastFilter,
  type CastFilter,
  type CastSort,
} from './cast-filter'
import { CastFilters, type DeptChoice } from './cast-filters'
import { cardAnchors } from './card-anchors'
import { CreditGrid } from './credit-grid'
import { fieldEntryState, useAddressDraft } from '@/lib/use-address-draft'
import { useHydrated } from '@/lib/use-hydrated'
import { countOf } from '@/lib/count'

export function CastView({ workSlug, credits }: { workSlug: string; credits: CreditWithPerson[] }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const hydrated = useHydrated()
  const action = useHref(paths.cast(workSlug))

  // The prerendered HTML was rendered without search params; filters apply once hydrated.
  const filter = hydrated ? parseCastFilter(searchParams) : defaultCastFilter
  // Every name folded once per cast, not once per keystroke: a catalogue-sized cast stays quick.
  const keysOf = useMemo(() => creditKeys(credits), [credits])
  // From every credit, not the filtered list, so a card keeps its address whatever is shown.
  const anchorOf = useMemo(() => cardAnchors(credits), [credits])
  const matching = creditsMatching(credits, filter.q, keysOf)
  const shown = orderCredits(matching, filter)

  // The search box shows what is typed, immediately; the URL follows it.
  const [draft, setDraft] = useAddressDraft(filter.q)

  const go = (next: CastFilter, options: { typing?: boolean } = {}) =>
    setSearchParams(castFilterParams(next), {
      // A new search starts a history entry; refining it while typing replaces that entry. The
      // box's own text says whether a search is under way: the URL may still be catching up.
      replace: Boolean(options.typing && draft.trim()),
      state: options.typing ? fieldEntryState : undefined,
      preventScrollReset: true,
    })

  const onQueryChange = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(event.target.value)
    go({ ...filter, q: event.target.value }, { typing: true })
  }
  const onDeptChange = (dept: DeptChoice) => go({ ...filter, q: draft, dept: dept || null })
  const onSortChange = (sort: CastSort) => go({ ...filter, q: draft, sort })
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // Every change has applied already: Enter or the Apply button adds a history entry only if
    // the URL has not caught up with the box.
    const next = { ...filter, q: draft }
    if (castFilterParams(next).toString() !== castFilterParams(filter).toString()) go(next)
  }

  const castMatching = matching.filter((credit) => credit.department === 'cast').length
  const deptCounts: Record<DeptChoice, number> = {
    '': matching.length,
    cast: castMatching,
    crew: matching.length - castMatching,
  }

  return (
    <div className="space-y-5">
      <CastFilters
        action={action}
        draft={draft}
        filter={filter}
        deptCounts={deptCounts}
        onQueryChange={onQueryChange}
        onDeptChange={onDeptChange}
        onSortChange={onSortChange}
        onSubmit={onSubmit}
      />
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p role="status" className="text-sm font-medium text-ink-muted">
          {shown.length} of {countOf(credits.length, 'credit')}
        </p>
        {isFiltered(filter) && shown.length > 0 && (
          <Link
            to={paths.cast(workSlug)}
            preventScrollReset
            className="inline-flex min-h-11 items-center text-sm font-medium text-accent underline"
          >
            Clear filters
          </Link>
        )}
      </div>
      {shown.length > 0 ? (
        // A named region rather than a named list: screen readers announce a landmark's name and
        // list it among the page's landmarks, where a list's name is rarely read out.
        <section aria-label="Credits">
          <CreditGrid credits={shown} anchorOf={anchorOf} />
        </section>
      ) : (
        <EmptyState workSlug={workSlug} filter={filter} />
      )}
    </div>
  )
}

function EmptyState({ workSlug, filter }: { workSlug: string; filter: CastFilter }) {
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
