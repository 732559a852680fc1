import { startTransition, useEffect, useLayoutEffect, useState } from 'react'
import { useLocation, useNavigationType, type Location } from 'react-router'
import type { AheadLayersProps, AheadPage } from '@/components/layout/page-layer'
import {
  addressOf,
  isAt,
  isOnPathOf,
  keepsPageKept,
  keyOf,
  noteCommitted,
  placeOf,
  sameAddress,
  shows,
  type Layer,
} from './layer-places'
import { PageOutsideRouter } from './page-outside-router'
import { keepsPageAt, routerPages } from './router-pages'

export { noteFailedEntries } from './router-pages'

/*
 * Pages rendered outside the router, each with a location of its own (page-outside-router.tsx):
 * the page a link leads to, before the click, and the page just left, kept for Back or Forward,
 * either shown once the router arrives at it, which then needs no render (page-layers.tsx). With
 * them, which of the router's own pages to keep (router-pages.ts). Loaded with the prefetcher,
 * which asks for pages ahead, so a first visit carries none of it.
 */

/** The layers besides the one shown: the page under the pointer, and the page just left. */
type Asked = { link: Layer | null; left: Layer | null }

const noneAsked: Asked = { link: null, left: null }

/**
 * The layers rendered, not shown, while the router is at `location`, one of each address. Not a
 * second copy of the page on screen: asked for by a filter link, or as the router got there
 * first, a page at the shown path is that page's own change.
 */
function renderedAt({ link, left }: Asked, location: Location): Layer[] {
  const layers: Layer[] = []
  // The page left first: of two at one address, it is the one rendered already.
  for (const layer of [left, link]) {
    if (!layer || placeOf(layer).pathname === location.pathname) continue
    if (!layers.some((other) => keyOf(other.page) === keyOf(layer.page))) layers.push(layer)
  }
  return layers
}

let requestAhead: ((page: AheadPage) => void) | undefined

/** How many pages were asked for ahead, which orders them. */
let asks = 0

/** Has `page`, whose code and payload are in, rendered ahead, as interruptible work. */
export function renderAhead(page: AheadPage): void {
  requestAhead?.(page)
}

/**
 * The page rendered ahead of a click, the page just left, if the layers showed it, kept for Back
 * or Forward, and either, once the router arrives at it, shown until the reader leaves its path.
 */
function PagesRenderedAhead({ fallback }: AheadLayersProps) {
  const location = useLocation()
  const navigationType = useNavigationType()
  const [asked, setAsked] = useState(noneAsked)
  useEffect(() => {
    // Every part of a link the pointer crosses asks again: the same address keeps its render.
    // Nor is a page kept rendered again: the click shows the one kept.
    requestAhead = (page) => {
      const address = addressOf(page)
      if (keepsPageAt(address)) return
      startTransition(() =>
        setAsked((before) => {
          const { link, left } = before
          const asked =
            (link && keyOf(link.page) === keyOf(page)) ||
            (left && sameAddress(placeOf(left), address))
          return asked ? before : { link: { page, order: (asks += 1) }, left }
        }),
      )
    }
    return () => {
      requestAhead = undefined
    }
  }, [])
  const [moved, setMoved] = useState({ to: location, shown: null as Layer | null })
  let { shown } = moved
  if (moved.to !== location) {
    const arrived = renderedAt(asked, moved.to).find((layer) => isAt(layer, location))
    shown = arrived ?? (isOnPathOf(shown, location) ? shown : null)
    setMoved({ to: location, shown })
    // A move to another page keeps the one it leaves, if shown here, where it leaves it.
    const leaving = moved.shown && { ...moved.shown, leftAt: moved.to }
    const keepsBefore = keepsPageKept(moved.to, location, navigationType)
    setAsked({ link: null, left: keepsBefore ? asked.left : leaving })
  }
  const rendered = renderedAt(asked, location)
  useLayoutEffect(() => noteCommitted(shown, rendered))
  useLayoutEffect(() => () => noteCommitted(null, []), [])
  // One list of keyed layers, in the order asked: a page keeps its element, and its place, as it
  // goes from ahead to shown to kept.
  const layers = shown ? [shown, ...rendered] : rendered
  return layers
    .sort((a, b) => a.order - b.order)
    .map((layer) => (
      <PageOutsideRouter
        key={keyOf(layer.page)}
        layer={layer}
        shown={layer === shown}
        fallback={layer === shown ? fallback : null}
      />
    ))
}

export default Object.assign(PagesRenderedAhead, { shows, routerPages })
