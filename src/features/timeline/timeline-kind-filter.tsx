import { Link } from 'react-router'
import type { EventKind } from '@/data/payload-types'
import { cn } from '@/lib/cn'
import { eventKindLabels, searchForKinds } from './event-kinds'

/** Links that show one kind of event, or all of them, each with its count. */
export function KindFilter({
  kinds,
  active,
  total,
  counts,
}: {
  kinds: EventKind[]
  active: EventKind[]
  total: number
  counts: Map<EventKind, number>
}) {
  const pill = (isActive: boolean) =>
    cn(
      'inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-medium no-underline',
      isActive
        ? 'border-accent bg-accent text-accent-ink'
        : 'border-line bg-surface text-ink hover:border-accent hover:text-accent',
    )
  const check = (
    <span aria-hidden="true" className="font-bold">
      ✓
    </span>
  )
  return (
    <nav aria-label="Show events of one kind">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            to={{ search: '' }}
            className={pill(active.length === 0)}
            aria-current={active.length === 0 ? 'page' : undefined}
          >
            {active.length === 0 && check}
            All kinds <span className="tabular-nums opacity-80">({total})</span>
          </Link>
        </li>
        {kinds.map((kind) => {
          const isActive = active.includes(kind)
          return (
            <li key={kind}>
              <Link
                to={{ search: searchForKinds([kind]) }}
                className={pill(isActive)}
                aria-current={isActive ? 'page' : undefined}
              >
                {isActive && check}
                {eventKindLabels[kind]}{' '}
                <span className="tabular-nums opacity-80">({counts.get(kind) ?? 0})</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
