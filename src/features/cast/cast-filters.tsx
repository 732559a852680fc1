import type { ChangeEvent, FormEvent, ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { maxQueryLength, type CastFilter, type CastSort } from './cast-filter'

type Option<T> = { value: T; label: string; count?: number }

function Segmented<T extends string>({
  legend,
  name,
  options,
  selected,
  onSelect,
}: {
  legend: string
  name: string
  /**
   * Exactly three, each a fixed third, so one not yet parsed or a count that changes moves none;
   * a label wider than its third is clipped rather than spilling over the next.
   */
  options: [Option<T>, Option<T>, Option<T>]
  selected: T
  onSelect: (value: T) => void
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-sm font-medium text-ink">{legend}</legend>
      <div className="grid grid-cols-3 gap-1 rounded-lg border border-line bg-surface-muted p-0.5">
        {options.map((option) => (
          <label key={option.value} className="min-w-0">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={selected === option.value}
              onChange={() => onSelect(option.value)}
              className="peer sr-only"
            />
            <span
              className={cn(
                'flex min-h-11 cursor-pointer items-center justify-center gap-1.5 overflow-hidden rounded-md px-2.5 text-sm font-medium whitespace-nowrap text-ink-muted transition-colors hover:text-ink sm:px-3 lg:px-1',
                'peer-checked:bg-surface peer-checked:font-semibold peer-checked:text-ink peer-checked:shadow-sm peer-checked:ring-1 peer-checked:ring-line',
                'peer-focus-visible:outline-3 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-[var(--focus)]',
              )}
            >
              {option.label}
              {option.count !== undefined && (
                <span className="hidden text-xs font-normal text-ink-muted tabular-nums sm:inline">
                  {option.count}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** The department choice as a radio value: "" stands for both, so a plain form submits `dept=`. */
export type DeptChoice = '' | 'cast' | 'crew'

/*
 * A GET form whose every change updates the URL's search params in place. Its submit button is
 * for when that cannot happen: a choice made before the app has hydrated, which the button turns
 * into a navigation to the same `?q=&dept=&sort=` the app reads (`dept=` and `sort=billing` being
 * the defaults), applied as soon as the page's script runs. With JavaScript off a static host
 * serves the same prerendered page whatever the query, so that page still lists everyone.
 */
export function CastFilters({
  action,
  draft,
  filter,
  deptCounts,
  onQueryChange,
  onDeptChange,
  onSortChange,
  onSubmit,
}: {
  action: string
  draft: string
  filter: CastFilter
  deptCounts: Record<DeptChoice, number>
  onQueryChange: (event: ChangeEvent<HTMLInputElement>) => void
  onDeptChange: (dept: DeptChoice) => void
  onSortChange: (sort: CastSort) => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}): ReactNode {
  // No column is sized by its content (the sort column is fixed; on wide screens so are the
  // department and Apply columns): it would widen when the parser reached that content, shifting a
  // paint made before, and the department column would change width with its counts as the query
  // changes. Below 24rem a fixed sort column would leave the department choice too narrow, so the
  // two stack.
  return (
    <form
      role="search"
      aria-label="Filter the cast and crew"
      method="get"
      action={action}
      onSubmit={onSubmit}
      className="grid grid-cols-1 gap-x-3 gap-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5 min-[24rem]:grid-cols-[minmax(0,1fr)_7rem] lg:grid-cols-[minmax(0,1fr)_16rem_7rem_5.5rem] lg:items-start"
    >
      <div className="col-span-full min-w-0 lg:col-span-1">
        <label htmlFor="cast-query" className="mb-1.5 block text-sm font-medium text-ink">
          Name or character
        </label>
        <input
          id="cast-query"
          type="search"
          name="q"
          value={draft}
          onChange={onQueryChange}
          maxLength={maxQueryLength}
          autoComplete="off"
          spellCheck={false}
          placeholder="Any spelling: Ok-joo, Kim Ji Hoon, 전종서"
          aria-describedby="cast-query-hint"
          className="block min-h-[3.125rem] w-full rounded-lg border border-line bg-canvas px-3 text-base text-ink placeholder:text-ink-muted/80 focus-visible:border-accent"
        />
        <p id="cast-query-hint" className="mt-1 text-xs text-ink-muted">
          Matches every spelling the articles use, in Latin letters or Hangul.
        </p>
      </div>
      <Segmented<DeptChoice>
        legend="Department"
        name="dept"
        selected={filter.dept ?? ''}
        onSelect={onDeptChange}
        options={[
          { value: '', label: 'All', count: deptCounts[''] },
          { value: 'cast', label: 'Cast', count: deptCounts.cast },
          { value: 'crew', label: 'Crew', count: deptCounts.crew },
        ]}
      />
      <div className="min-w-0">
        <label htmlFor="cast-sort" className="mb-1.5 block text-sm font-medium text-ink">
          Sort by
        </label>
        <select
          id="cast-sort"
          name="sort"
          value={filter.sort}
          onChange={(event) => onSortChange(event.target.value === 'name' ? 'name' : 'billing')}
          className="block min-h-[3.125rem] w-full rounded-lg border border-line bg-canvas px-3 text-base text-ink"
        >
          <option value="billing">Billing</option>
          <option value="name">Name</option>
        </select>
      </div>
      {/* Level with the fields on wide screens: lg:mt-6.5 is their label's height and margin. */}
      <button
        type="submit"
        className="col-span-full inline-flex min-h-11 items-center justify-center justify-self-end rounded-lg border border-line bg-surface-muted px-4 text-sm font-semibold text-ink hover:border-accent hover:text-accent lg:col-span-1 lg:mt-6.5 lg:min-h-[3.125rem] lg:w-full"
      >
        Apply
      </button>
    </form>
  )
}
