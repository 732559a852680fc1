import type { ReactNode } from 'react'
import type { Claim } from '@/data/payload-types'
import { sourcesDiffer } from '@/data/claims'
import { cn } from '@/lib/cn'
import { Citation } from './citation'

const doubtOffsets = { 1: 'mt-1', 2: 'mt-2', 3: 'mt-3' } as const

/** A claim an article makes that should not be taken at face value, with the reason. */
export function DoubtFlag({
  reason,
  offset = 1,
  className,
}: {
  reason: string
  /** Space above the flag, a prop so a caller's margin never clashes with the default one. */
  offset?: keyof typeof doubtOffsets
  className?: string
}) {
  return (
    <span
      className={cn(
        doubtOffsets[offset],
        'flex gap-1.5 rounded border border-warn/40 bg-warn-soft px-2 py-1 text-sm text-ink',
        className,
      )}
    >
      <span aria-hidden="true" className="font-bold text-warn">
        ⚠
      </span>
      <span>
        <strong className="font-semibold">Doubtful: </strong>
        {reason}
      </span>
    </span>
  )
}

/** Marks a fact on which the sources disagree; text and icon, never colour alone. */
function SourcesDifferBadge() {
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-warn/50 bg-warn-soft px-2 py-0.5 text-xs font-semibold text-warn">
      <span aria-hidden="true">⇄</span> Sources differ
    </span>
  )
}

/**
 * One fact as the articles state it: a single value with its citation when they agree, or
 * "Sources differ" with each value beside its source when they do not. Doubts always show.
 * Where they differ it is a list, so the parent must take flow content (a div, dd or li, not a p).
 */
export function ClaimedValue<T>({
  claims,
  format = (value) => String(value),
  showNotes = false,
}: {
  claims: Claim<T>[]
  format?: (value: T) => ReactNode
  showNotes?: boolean
}) {
  if (claims.length === 0) return null
  if (!sourcesDiffer(claims)) {
    const first = claims[0]!
    return (
      <span>
        {format(first.value)}
        <Citation ids={claims.flatMap((claim) => claim.sources)} />
        {showNotes &&
          claims.map((claim, index) =>
            claim.note ? (
              <span key={index} className="block text-sm text-ink-muted">
                {claim.note}
              </span>
            ) : null,
          )}
        {claims.map((claim, index) =>
          claim.doubt ? <DoubtFlag key={index} reason={claim.doubt} /> : null,
        )}
      </span>
    )
  }
  return (
    <div>
      <SourcesDifferBadge />
      <ul className="mt-1 space-y-1">
        {claims.map((claim, index) => (
          <li key={index}>
            <span className="font-medium">{format(claim.value)}</span>
            <Citation ids={claim.sources} />
            {claim.note && <span className="block text-sm text-ink-muted">{claim.note}</span>}
            {claim.doubt && <DoubtFlag reason={claim.doubt} />}
          </li>
        ))}
      </ul>
    </div>
  )
}
