import { createContext, type ComponentType, type ReactNode } from 'react'
import type { Location } from 'react-router'

/*
 * What the page layers (src/routes/page-layers.tsx) share with code outside them: whether a page
 * renders as the shown one, and where the prefetcher hands over what renders pages ahead. The main
 * content can hold two pages: the one shown and, while the pointer rests on a link, the page it
 * leads to, rendered ahead of the click but invisible and inert. Each sits in a wrapper whose
 * data-page-layer says which it is, `shown` or `ahead`, and the one rendered ahead always comes
 * after the shown one. These live in the shared code rather than in the layers' own modules so
 * that the first visit carries no chunk of its own for them.
 */

/** Whether the page rendering is the one shown: false for the page rendered ahead of a click. */
export const PageShownContext = createContext(true)

/** A page to render ahead: its address under the base, as a link gives it, and its component. */
export type AheadPage = { pathname: string; search: string; Component: ComponentType }

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
