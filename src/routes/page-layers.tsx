import { use, useEffect, useState } from 'react'
import { UNSAFE_LocationContext as LocationContext, useOutlet } from 'react-router'
import {
  aheadLayers,
  PageShownContext,
  type AheadLayers,
  type RouterPages,
} from '@/components/layout/page-layer'

/*
 * The page a link leads to is rendered while the pointer rests on the link (or a finger touches
 * it), beside the shown page, invisible and inert (pages-rendered-ahead.tsx), and the page just
 * left stays rendered, hidden, so that the click, Back or Forward only has to swap which one is
 * shown instead of rendering and laying out a whole page. The router still runs the navigation
 * and renders every other page itself. Pages never change places in <main>, which would lay them
 * out again: the shown one is the one whose data-page-layer says so.
 */

/** The pages the router renders, and the pages rendered ahead once the prefetcher brings them. */
export function PageLayers() {
  const view = use(LocationContext)
  const outlet = useOutlet()
  const [Layers, setLayers] = useState<AheadLayers>()
  useEffect(() => {
    // They may have come first: the prefetcher starts once the page is idle, which can be
    // while it hydrates.
    const take = () => setLayers(() => aheadLayers.loaded)
    aheadLayers.arrived = take
    take()
  }, [])
  // Until they come, the router shows its page alone, as the first of its pages.
  const [before, setBefore] = useState<RouterPages>()
  const routerPages = Layers?.routerPages(before, view, outlet)
  if (routerPages !== before) setBefore(routerPages)
  const pages = routerPages?.pages ?? [{ id: 0, view, outlet, shown: true }]
  return [
    // Each shown, or kept for Back, hidden with content-visibility (styles.css), which keeps its
    // layout for when it is shown again. A page kept keeps its outlet when shown again, so only
    // what reads a new view (router-pages.ts) renders again.
    ...pages.map((page) => (
      <div key={page.id} data-page-layer={page.shown ? 'shown' : 'kept'}>
        <LocationContext value={page.view}>
          <PageShownContext value={page.shown}>{page.outlet}</PageShownContext>
        </LocationContext>
      </div>
    )),
    Layers && <Layers key="layers" fallback={outlet} />,
  ]
}
