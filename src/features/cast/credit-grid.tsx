import type { CreditWithPerson } from '@/data/payload-types'
import { optionalPart } from '@/lib/optional-part'
import type { AnchorOf } from './card-anchors'
import { CreditCard } from './credit-card'

const VirtualCreditGrid = optionalPart(() =>
  import('./virtual-credit-grid').then((module) => module.VirtualCreditGrid),
)

/*
 * Up to this many cards render as a plain list: on the server, in the prerendered HTML, and in
 * the browser. Beyond it (a catalogue-sized work) the browser windows the list after hydration,
 * while the server sends just the first cards so the HTML stays a sane size.
 */
const virtualThreshold = 150

const gridClasses = 'grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3'

function CardList({ credits, anchorOf }: { credits: CreditWithPerson[]; anchorOf: AnchorOf }) {
  return (
    <ul className={gridClasses}>
      {credits.map((credit) => (
        <li key={credit.id}>
          <CreditCard credit={credit} anchor={anchorOf(credit)} />
        </li>
      ))}
    </ul>
  )
}

/** What a list cut short says until the app runs and can show the rest. */
export function FirstCreditsNote({ listed, total }: { listed: number; total: number }) {
  return (
    <p className="text-sm text-ink-muted">
      The first {listed} of {total} credits are listed here; the rest appear as you scroll once the
      page has loaded, or narrow the list with the filters.
    </p>
  )
}

export function CreditGrid({
  credits,
  anchorOf,
  target,
}: {
  credits: CreditWithPerson[]
  /** Each card's fragment id (see card-anchors.ts). */
  anchorOf: AnchorOf
  /** The fragment id of the card the address names, if any: a windowed list scrolls to it. */
  target: string
}) {
  if (credits.length <= virtualThreshold) return <CardList credits={credits} anchorOf={anchorOf} />
  const firstCards = (
    <div className="space-y-4">
      <CardList credits={credits.slice(0, virtualThreshold)} anchorOf={anchorOf} />
      <FirstCreditsNote listed={virtualThreshold} total={credits.length} />
    </div>
  )
  // Until the app runs, and should the windowed list fail to download, the first cards stand.
  return (
    <VirtualCreditGrid
      credits={credits}
      anchorOf={anchorOf}
      target={target}
      placeholder={firstCards}
    />
  )
}
