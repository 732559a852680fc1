import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useReducer, type ChangeEvent, type FormEvent } from 'react'
import { Link, useHref, useLocation, useSearchParams } from 'react-router'
import { paths } from '@/config/paths'
import type { WorkPayload } from '@/data/payload-types'
import {
  castFilterParams,
  creditsMatching,
  isFiltered,
  orderCredits,
  parseCastFilter,
  defaultCastFilter,
  type CastFilter,
  type CastSort,
} from './cast-filter'
import { CastFilters, type DeptChoice } from './cast-filters'
import { cardAnchors } from './card-anchors'
import { cachedPageCount, creditPageQuery, creditsWithPages } from './credit-page-queries'
import { CreditGrid, FirstCreditsNote } from './credit-grid'
import { decodeOrKeep } from '@/lib/canonical-path'
import { fieldEntryState, useAddressDraft } from '@/lib/use-address-draft'
import { useHydrated } from '@/lib/use-hydrated'
import { countOf } from '@/lib/count'
import { optionalPart } from '@/lib/optional-part'

/** Only a filter, applied once the app runs, can match nothing: its code loads then. */
const NoMatchingCredits = optionalPart(() =>
  import('./no-matching-credits').then((module) => module.NoMatchingCredits),
)

/** What fetches a catalogue-sized work's later credits: loaded for such works only. */
const CreditPager = optionalPart(() =>
  import('./paging/credit-pager').then((module) => module.CreditPager),
)

/** A work's cast and crew, filterable; a work whose credits fill several pages fetches the rest. */
export function CastView({ payload }: { payload: WorkPayload }) {
  const { work, creditCount, castCount } = payload
  const workSlug = work.slug
  const [searchParams, setSearchParams] = useSearchParams()
  const { hash } = useLocation()
  const hydrated = useHydrated()
  const action = useHref(paths.cast(workSlug))

  // The prerendered HTML was rendered without search params; filters apply once hydrated.
  const filter = hydrated ? parseCastFilter(searchParams) : defaultCastFilter
  // The browser itself finds a card in the HTML; the app looks further once it runs.
  const target = hydrated && hash ? decodeOrKeep(hash.slice(1)) : ''

  // The later pages are read from the cache, in the same render, so Back finds the list as long
  // as it was and its scroll position; the pager re-renders this view as pages arrive.
  const queryClient = useQueryClient()
  const [, pageArrived] = useReducer((count: number) => count + 1, 0)
  const listed = cachedPageCount(queryClient, workSlug, creditCount)
  const credits = useMemo(
    () => creditsWithPages(queryClient, payload, listed),
    [queryClient, payload, listed],
  )
  const complete = credits.length === creditCount
  const nextPageFailed =
    !complete &&
    queryClient.getQueryState(creditPageQuery(workSlug, listed + 1).queryKey)?.status === 'error'

  // From every credit, not the filtered list, so a card keeps its address whatever is shown.
  const anchorOf = useMemo(() => cardAnchors(credits), [credits])
  // A filter covers the whole cast; a card not listed yet (and no other element of the page,
  // such as the skip link's #main) could be on any page.
  const wantsAll =
    !complete &&
    (isFiltered(filter) ||
      (target !== '' &&
        !credits.some((credit) => anchorOf(credit) === target) &&
        !document.getElementById(target)))
  const loadingAll = wantsAll && !nextPageFailed
  const matching = creditsMatching(credits, filter.q)
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

  // Unfiltered, the counts come from the work's payload, whose later credits may not be loaded.
  const counted = filter.q.trim() ? matching : null
  const castMatching = counted
    ? counted.filter((credit) => credit.department === 'cast').length
    : castCount
  const allMatching = counted ? counted.length : creditCount
  const deptCounts: Record<DeptChoice, number> = {
    '': allMatching,
    cast: castMatching,
    crew: allMatching - castMatching,
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
          {loadingAll
            ? `Loading all ${countOf(creditCount, 'credit')}…`
            : `${shown.length} of ${countOf(creditCount, 'credit')}`}
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
        <section aria-label="Credits" aria-busy={loadingAll || undefined}>
          <CreditGrid credits={shown} anchorOf={anchorOf} target={target} />
        </section>
      ) : (
        complete &&
        (creditCount === 0 ? (
          <p className="text-ink-muted">The articles credit nobody on {work.title}.</p>
        ) : (
          <NoMatchingCredits workSlug={workSlug} filter={filter} />
        ))
      )}
      {creditCount > payload.credits.length && (
        <CreditPager
          workSlug={workSlug}
          creditCount={creditCount}
          credits={credits}
          listed={listed}
          all={wantsAll}
          anchorOf={anchorOf}
          onPage={pageArrived}
          placeholder={
            !complete && <FirstCreditsNote listed={credits.length} total={creditCount} />
          }
        />
      )}
    </div>
  )
}
