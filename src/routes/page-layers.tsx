import { useEffect, useState } from 'react'
import { useLocation, useOutlet } from 'react-router'
import { aheadLayers, type AheadLayers } from '@/components/layout/page-layer'

/*
 * The page a link leads to is rendered while the pointer rests on the link (or a finger touches
 * it), and the page just left once the new one is idle, beside the shown page, invisible and inert
 * (pages-rendered-ahead.tsx), so that the click, Back or Forward only has to swap which one is
 * shown instead of rendering and laying out a whole page. The router still runs the navigation
 * and renders every other page itself. Pages rendered ahead always come after the shown one in
 * <main>, so the first of anything there is the shown page's.
 */

/** The page the router shows, and the pages rendered ahead once the prefetcher brings them. */
export function PageLayers() {
  const location = useLocation()
  const outlet = useOutlet()
  const [Layers, setLayers] = useState<AheadLayers>()
  useEffect(() => {
    // They may have come first: the prefetcher starts once the page is idle, which can be
    // while it hydrates.
    const take = () => setLayers(() => aheadLayers.loaded)
    aheadLayers.arrived = take
    take()
  }, [])
  return (
    <>
      {!Layers?.shows(location) && <div data-page-layer="shown">{outlet}</div>}
      {Layers && <Layers fallback={outlet} />}
    </>
  )
}
