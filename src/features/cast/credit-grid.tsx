import { lazy, Suspense } from 'react'
import type { CreditWithPerson } from '@/data/payload-types'
import { useHydrated } from '@/lib/use-hydrated'
import { CreditCard } from './credit-card'

const VirtualCreditGrid = lazy(() =>
  import('./virtual-credit-grid').then((module) => ({ default: module.VirtualCreditGrid })),
)

/*
 * Up to this many cards render as a plain list: on the server, in the prerendered HTML, and in
 * the browser. Beyond it (a catalogue-sized work) the browser windows the list after hydration,
 * while the server sends just the first cards so the HTML stays a sane size.
 */
const virtualThreshold = 150

const gridClasses = 'grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3'

export function CreditGrid({
  credits,
  anchors,
}: {
  credits: CreditWithPerson[]
  /** Each card's fragment id, by credit id (see card-anchors.ts). */
  anchors: Map<string, string>
}) {
  const hydrated = useHydrated()
  if (credits.length <= virtualThreshold) {
    return (
      <ul className={gridClasses}>
        {credits.map((credit) => (
          <li key={credit.id}>
            <CreditCard credit={credit} anchor={anchors.get(credit.id) ?? credit.id} />
          </li>
        ))}
      </ul>
    )
  }
  const firstCards = (
    <div className="space-y-4">
      <ul className={gridClasses}>
        {credits.slice(0, virtualThreshold).map((credit) => (
          <li key={credit.id}>
            <CreditCard credit={credit} anchor={anchors.get(credit.id) ?? credit.id} />
          </li>
        ))}
      </ul>
      <p className="text-sm text-ink-muted">
        The first {virtualThreshold} of {credits.length} credits are listed here; the rest appear as
        you scroll once the page has loaded, or narrow the list with the filters.
      </p>
    </div>
  )
  if (!hydrated) return firstCards
  return (
    <Suspense fallback={firstCards}>
      <VirtualCreditGrid credits={credits} anchors={anchors} />
    </Suspense>
  )
}
