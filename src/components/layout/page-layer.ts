import { createContext, type ComponentType, type ReactNode } from 'react'
import type { Location, NavigationType } from 'react-router'

/*
 * What the page layers (src/routes/page-layers.tsx) share with code outside them: whether a page
 * renders as the shown one, and where the prefetcher hands over what renders pages ahead and keeps
 * pages left. Besides the page shown, the main content can hold the page just left, kept for Back
 * or Forward, and the page a link under the pointer leads to, rendered ahead of the click. Each
 * sits in a wrapper whose data-page-layer says which it is, `shown`, `kept` or `ahead`. These live
 * in the shared code rather than in the layers' own modules so that the first visit carries no
 * chunk of its own for them.
 */

/** Whether a page renders as the one shown: false for a page kept or rendered ahead. */
export const PageShownContext = createContext(true)

/** A page as its components see it: its location, and how the reader got there. */
export type PageView = { location: Location; navigationType: NavigationType }

/** A page the router rendered, with the view it was rendered at, shown or kept for Back. */
export type RouterPage = { id: number; view: PageView; outlet: ReactNode; shown: boolean }

/** The router's pages at a location: its page, unless the layers show it, and the page left. */
export type RouterPages = { at: Location; pages: RouterPage[] }

/** A page to render ahead: its address under the base, as a link gives it, and its component. */
export type AheadPage = { pathname: string; search: string; Component: ComponentType }

/** The props of the pages rendered ahead: the router's rendering of the page, for a fallback. */
export type AheadLayersProps = { fallback: ReactNode }

/**
 * The pages rendered ahead or kept (src/routes/pages-rendered-ahead.tsx), which come with the
 * prefetcher once the first page is idle: whether they show the page at a location, and which of
 * the router's pages to render at `view`, from the ones rendered before.
 */
export type AheadLayers = ComponentType<AheadLayersProps> & {
  shows: (location: Location) => boolean
  routerPages: (before: RouterPages | undefined, view: PageView, outlet: ReactNode) => RouterPages
}

/** Where the prefetcher leaves the pages rendered ahead once loaded, and tells the page layers. */
export const aheadLayers: { loaded?: AheadLayers; arrived?: () => void } = {}
