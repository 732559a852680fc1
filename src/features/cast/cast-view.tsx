import { useMemo, type ChangeEvent, type FormEvent, type ReactNode } from 'react'
import { Link, useHref, useLocation, useSearchParams } from 'react-router'
import { paths } from '@/config/paths'
import type { CreditWithPerson, WorkPayload } from '@/data/payload-types'
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
import { decodeOrKeep } from '@/lib/canonical-path'
import { fieldEntryState, useAddressDraft } from '@/lib/use-address-draft'
import { useHydrated } from '@/lib/use-hydrated'
import { countOf } from '@/lib/count'
import { optionalPart } from '@/lib/optional-part'

/** Only a filter, applied once the app runs, can match nothing: its code loads then. */
const NoMatchingCredits = optionalPart(() =>
  import('./no-matching-credits').then((module) => module.NoMatchingCredits),
)

/** The code that fetches a catalogue-sized work's later credits, loaded for such works only. */
const PagedCastView = optionalPart(() =>
  import('./paging/paged-cast-view').then((module) => module.PagedCastView),
)

/** A work's cast and crew, filterable; a work whose credits fill several pages fetches the rest. */
export function CastView({ payload }: { payload: WorkPayload }) {
  if (payload.creditCount === payload.credits.length) return <CastList payload={payload} />
  // Until the app runs, and should the paging code fail to download, the first page stands.
  const firstPage = (
    <CastList
      payload={payload}
      complete={false}
      footer={
        <p className="text-sm text-ink-muted">
          The first {payload.credits.length} of {payload.creditCount} credits are listed here; the
          rest appear as you scroll once the page has loaded.
        </p>
      }
    />
  )
  return <PagedCastView payload={payload} placeholder={firstPage} />
}

/**
 * The filter and the card its fragment names, from the address: once the app runs, as the
 * prerendered HTML was rendered without search params (the browser itself finds a card in it).
 */
export function useCastAddress(): { filter: CastFilter; target: string } {
  const [searchParams] = useSearchParams()
  const { hash } = useLocation()
  const hydrated = useHydrated()
  if (!hydrated) return { filter: defaultCastFilter, target: '' }
  return {
    filter: parseCastFilter(searchParams),
    target: hash ? decodeOrKeep(hash.slice(1)) : '',
  }
}

/** The filters and the list of the credits loaded. */
export function CastList({
  payload,
  credits = payload.credits,
  complete = true,
  loadingAll = false,
  footer,
}: {
  payload: WorkPayload
  /** The credits loaded so far, in the work's order; by default its payload's, all of them. */
  credits?: CreditWithPerson[]
  complete?: boolean
  /** Every credit is being fetched, for a filter or a fragment. */
  loadingAll?: boolean
  /** After the list: the way to the rest of a long one. */
  footer?: ReactNode
}) {
  const { work, creditCount, castCount } = payload
  const workSlug = work.slug
  const [, setSearchParams] = useSearchParams()
  const { filter, target } = useCastAddress()
  const action = useHref(paths.cast(workSlug))
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
      {footer}
    </div>
  )
}
