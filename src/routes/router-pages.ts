import type { ReactNode } from 'react'
import type { DataRouter, Path, RouterState } from 'react-router'
import type { PageView, RouterPage, RouterPages } from '@/components/layout/page-layer'
import { keepsPageKept, sameAddress, shows } from './layer-places'

/*
 * Which of the router's own pages the page layers (page-layers.tsx) render: the page at the
 * router's location, unless the layers show it, and the page just left, kept for Back or Forward.
 * Loaded with the layers, so a first visit carries none of it.
 */

/** Numbers the router's pages in the order rendered: the page the app opened on is the first. */
let routerPagesRendered = 0

/**
 * Where the page the router keeps was left, as last worked out, for the layers not to render a
 * page there ahead: a hint, which at worst renders a page twice or not ahead.
 */
let routerKeeps: Path | undefined

/** Whether the router keeps the page at `address`, as last worked out. */
export const keepsPageAt = (address: Path) =>
  routerKeeps !== undefined && sameAddress(routerKeeps, address)

/** The history entries the router showed an error at (a failed load, a page not found). */
const failedEntries = new Set<string>()

/**
 * Notes, from now on, each history entry the router shows an error at: its page is not kept, so
 * that a return there loads it again.
 */
export function noteFailedEntries(router: DataRouter) {
  const note = ({ errors, location, navigation }: RouterState) => {
    if (errors && navigation.state === 'idle') failedEntries.add(location.key)
  }
  note(router.state)
  router.subscribe(note)
}

/**
 * The router's own pages at `view`: the page at its location, unless the layers show it, and the
 * page the reader just left, if the router showed it without an error, kept for Back or Forward.
 * A page keeps its element through moves within it (a filter), and, when the reader returns to it
 * (Back, Forward or a link), the element it was left with, so that showing it again renders none
 * of it (at another entry than the one left, only what reads the location renders again).
 */
export function routerPages(before: RouterPages | undefined, view: PageView, outlet: ReactNode) {
  const { location, navigationType } = view
  if (before?.at === location) return before
  const shown = !shows(location)
  if (!before) return { at: location, pages: [{ id: 0, view, outlet, shown }] }
  const left = before.pages.find((page) => page.shown)
  const returned = before.pages.find(
    (page) => !page.shown && sameAddress(page.view.location, location),
  )
  const within = before.at.pathname === location.pathname
  let page: RouterPage | undefined
  if (shown) {
    if (returned && returned.view.location.key === location.key) page = { ...returned, shown }
    else if (returned) page = { ...returned, view, shown }
    else if (left && within) page = { ...left, view, outlet }
    else page = { id: (routerPagesRendered += 1), view, outlet, shown }
  }
  let kept = keepsPageKept(before.at, location, navigationType)
    ? before.pages.find((each) => !each.shown)
    : left && !failedEntries.has(left.view.location.key)
      ? { ...left, shown: false }
      : undefined
  if (kept?.id === page?.id) kept = undefined
  routerKeeps = kept?.view.location
  const pages = [kept, page].filter((each) => each !== undefined).sort((a, b) => a.id - b.id)
  return { at: location, pages }
}
