import { createContext, type ComponentType, type ReactNode } from 'react'
import type { Location } from 'react-router'

/*
 * What the page layers (src/routes/page-layers.tsx) share with code outside them: whether a page
 * renders as the shown one, and where the prefetcher hands over what renders pages ahead. Besides
 * the page shown, the main content can hold pages rendered ahead, invisible and inert: the page a
 * link under the pointer leads to, and the page just left, for Back. Each sits in a wrapper whose
 * data-page-layer says which it is, `shown` or `ahead`, and the ones rendered ahead always come
 * after the shown one. These live in the shared code rather than in the layers' own modules so
 * that the first visit carries no chunk of its own for them.
 */

/** Whether the page rendering is the one shown: false for a page rendered ahead. */
export const PageShownContext = createContext(true)

/**
 * A page to render ahead: its address under the base, as a link gives it, its component and, for
 * the page just left, the history entry Back or Forward returns to.
 */
export type AheadPage = {
  pathname: string
  search: string
  Component: ComponentType
  left?: Location
}

/** The props of the pages rendered ahead: the router's rendering of the page, for a fallback. */
export type AheadLayersProps = { fallback: ReactNode }

/**
 * The pages rendered ahead (src/routes/pages-rendered-ahead.tsx), which come with the prefetcher
 * once the first page is idle, and whether they show the page at a location.
 */
export type AheadLayers = ComponentType<AheadLayersProps> & {
  shows: (location: Location) => boolean
}

/** Where the prefetcher leaves the pages rendered ahead once loaded, and tells the page layers. */
export const aheadLayers: { loaded?: AheadLayers; arrived?: () => void } = {}
