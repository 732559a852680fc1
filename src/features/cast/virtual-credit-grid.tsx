import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { use, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { PageShownContext } from '@/components/layout/page-layer'
import type { CreditWithPerson } from '@/data/payload-types'
import { cn } from '@/lib/cn'
import { CreditCard } from './credit-card'
import type { AnchorOf } from './card-anchors'

/*
 * Loaded only for a catalogue-sized work (see credit-grid.tsx), so the virtualizer's code never
 * weighs on the pages of ordinary works.
 */

// The same breakpoints as the grid classes (Tailwind's sm and lg), read from the browser.
const wide = '(min-width: 1024px)'
const medium = '(min-width: 640px)'

function subscribeToWidth(onChange: () => void) {
  const queries = [window.matchMedia(wide), window.matchMedia(medium)]
  for (const query of queries) query.addEventListener('change', onChange)
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange)
  }
}

function useColumns(): 1 | 2 | 3 {
  return useSyncExternalStore(
    subscribeToWidth,
    () => (window.matchMedia(wide).matches ? 3 : window.matchMedia(medium).matches ? 2 : 1),
    () => 1,
  )
}

const columnClasses = { 1: 'grid-cols-1', 2: 'grid-cols-2', 3: 'grid-cols-3' } as const

/** Windowed rows of cards: only the rows near the viewport are in the DOM. */
export function VirtualCreditGrid({
  credits,
  anchorOf,
  target,
}: {
  credits: CreditWithPerson[]
  anchorOf: AnchorOf
  target: string
}) {
  const columns = useColumns()
  // Null until measured.
  const [listTop, setListTop] = useState<number | null>(null)
  const list = useRef<HTMLDivElement>(null)
  const shown = use(PageShownContext)
  // The list's distance from the top of the document, which the window virtualizer offsets by;
  // measured when its page is shown: rendered ahead it sits higher, at the top of the document,
  // and kept it is not laid out at all.
  useLayoutEffect(() => {
    if (shown && list.current) setListTop(list.current.getBoundingClientRect().top + window.scrollY)
  }, [shown])
  const virtualizer = useWindowVirtualizer({
    count: Math.ceil(credits.length / columns),
    estimateSize: () => 196,
    overscan: 4,
    scrollMargin: listTop ?? 0,
    useFlushSync: false,
  })

  // A card the address names is windowed out until its row is scrolled to; the scroll
  // restoration then finds it among the rows rendered there and marks it. Not when the reader is
  // in the list already: Back has put them where they were.
  const targetIndex = target ? credits.findIndex((credit) => anchorOf(credit) === target) : -1
  const targetRow = targetIndex < 0 ? -1 : Math.floor(targetIndex / columns)
  const scrolledTo = useRef(-1)
  useEffect(() => {
    if (targetRow < 0 || scrolledTo.current === targetRow || listTop === null) return
    scrolledTo.current = targetRow
    if (window.scrollY <= listTop) virtualizer.scrollToIndex(targetRow, { align: 'start' })
  }, [targetRow, listTop, virtualizer])

  return (
    <div ref={list} role="list" className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className={cn('absolute inset-x-0 top-0 grid gap-4 pb-4', columnClasses[columns])}
          style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
        >
          {credits.slice(row.index * columns, (row.index + 1) * columns).map((credit) => (
            <div role="listitem" key={credit.id}>
              <CreditCard credit={credit} anchor={anchorOf(credit)} />
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}
