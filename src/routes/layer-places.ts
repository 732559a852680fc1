import { NavigationType, type Location, type Path } from 'react-router'
import type { AheadPage } from '@/components/layout/page-layer'

/*
 * Where the pages rendered outside the router are (pages-rendered-ahead.tsx), and which of them
 * the layers showed at their last commit, which both the layers and the router's own pages
 * (router-pages.ts) go by.
 */

/**
 * A page the layers render: asked for ahead of a click, in the order asked, which stays its place
 * among them (a page moved in the DOM is laid out again), and, once the reader has shown and left
 * it, the location it was left at.
 */
export type Layer = { page: AheadPage; order: number; leftAt?: Location }

/** The address a page rendered ahead believes it is at: the link's, not yet in the history. */
export const addressOf = ({ pathname, search }: AheadPage): Path => ({ pathname, search, hash: '' })

/** Where a layer is: at its link's address until shown, and where the reader left it since. */
export const placeOf = (layer: Layer): Path => layer.leftAt ?? addressOf(layer.page)

/** A layer keeps its element, from ahead to shown to kept, for as long as its page has this key. */
export const keyOf = ({ pathname, search }: AheadPage) => pathname + search

export const sameAddress = (a: Path, b: Path) =>
  a.pathname === b.pathname && a.search === b.search && a.hash === b.hash

/** Whether the router has arrived at a layer's page. */
export const isAt = (layer: Layer, location: Location) => sameAddress(placeOf(layer), location)

/** Whether the router is still on the path of the page shown (a filter link moves within it). */
export const isOnPathOf = (layer: Layer | null, location: Location) =>
  layer !== null && placeOf(layer).pathname === location.pathname

/**
 * Whether a move keeps the page kept before instead of the page it leaves: a move within the page
 * (a filter, a search typed) leaves none, and a REPLACE leaves no history entry to return to.
 */
export const keepsPageKept = (from: Location, to: Location, navigationType: NavigationType) =>
  from.pathname === to.pathname || navigationType === NavigationType.Replace

/** What the layers showed at their last commit, for `shows` to answer from. */
let committed: { shown: Layer | null; ahead: Layer[] } = { shown: null, ahead: [] }

/** Notes what the layers show, as they commit (none once they unmount). */
export function noteCommitted(shown: Layer | null, ahead: Layer[]) {
  committed = { shown, ahead }
}

/**
 * Whether the layers show the page at `location`, asked by the page layers as they render: when
 * the router arrives at a page rendered ahead or kept, or moves within the page they show. It
 * answers from their last commit, which is what their own render starts from as long as the
 * router's updates are never transitions (main.tsx renders them at once): a request to render
 * ahead, which is one, then waits for the router's update instead of joining it.
 */
export function shows(location: Location): boolean {
  return (
    committed.ahead.some((layer) => isAt(layer, location)) || isOnPathOf(committed.shown, location)
  )
}
