import type { QueryClient } from '@tanstack/react-query'
import type { Location } from 'react-router'
import { matchPage, pageKinds, type PageMatch } from '@/config/page-kinds'
import { aheadLayers } from '@/components/layout/page-layer'
import { shownPage } from '@/lib/dom/shown-page'
import { whenIdle } from '@/lib/when-idle'
import { pageOfLink } from './link-page'
import { loadPageModule } from './page-modules'

/*
 * Fetches a link's page (its code and its payload) before the click: when the reader shows intent
 * (pointer over it, focus, touch) and, once the browser is idle, for the first links in view. A
 * click then finds both in cache, and the new page renders without waiting for the network. The
 * page under the pointer or a finger, and the page just left, are even rendered ahead, so that the
 * click, or Back, only shows them.
 */

/** How many links in view are fetched ahead per page, so a long list does not fetch hundreds. */
export const linksInViewLimit = 6

export function createPrefetcher(queryClient: QueryClient, basename: string) {
  const done = new Set<string>()
  // What renders a page ahead, for the page layers.
  const layers = import('./pages-rendered-ahead').then((module) => {
    aheadLayers.loaded = module.default
    aheadLayers.arrived?.()
    return module
  })

  /** Starts fetching the page an in-app link leads to; other links are ignored. */
  function prefetch(href: string) {
    const page = pageOfLink(href, basename)
    if (!page || done.has(page.path)) return
    const { path } = page
    done.add(path)
    const kind = pageKinds[page.kind]
    // A failure here is not the reader's concern yet: the click retries and reports it.
    loadPageModule(kind.module).catch(() => done.delete(path))
    if (kind.query) void queryClient.prefetchQuery(kind.query(page.params))
  }

  const linkOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null

  /**
   * Once a page's code and payload are in, has it rendered ahead (page-layers.tsx); not for a page
   * without a payload of its own (search, which the query makes).
   */
  function renderAheadAt(page: PageMatch, search: string, left?: Location) {
    const query = pageKinds[page.kind].query?.(page.params)
    if (!query) return
    Promise.all([
      loadPageModule(pageKinds[page.kind].module),
      queryClient.ensureQueryData(query),
      layers,
    ]).then(
      ([{ Component }, , { renderAhead }]) =>
        renderAhead({ pathname: page.path, search, Component, left }),
      // Not the reader's concern yet: the click loads the page again and reports a failure.
      () => {},
    )
  }

  /** Renders a link's page ahead of the click; not for a fragment, which the page scrolls to. */
  function renderAheadOf(href: string) {
    const page = pageOfLink(href, basename)
    if (page && !page.url.hash) renderAheadAt(page, page.url.search)
  }

  const onIntent = (event: Event) => {
    const link = linkOf(event.target)
    if (!link || link.hasAttribute('download')) return
    prefetch(link.href)
    // Not on focus: tabbing along a list would render every page on the way.
    if (event.type !== 'focusin' && !link.target) renderAheadOf(link.href)
  }

  /** Listens for intent on any link of the page, present or future. */
  function listen() {
    document.addEventListener('pointerover', onIntent, { passive: true })
    document.addEventListener('focusin', onIntent, { passive: true })
    document.addEventListener('touchstart', onIntent, { passive: true })
  }

  let shown: Location | undefined

  /**
   * Once a page is shown (at the router's `location`) and the browser idle: renders the page just
   * left ahead, so that Back (or Forward, after Back) only shows it, and fetches the first links
   * inside the viewport.
   */
  function pageShown(location: Location) {
    const left = shown
    shown = location
    whenIdle(() => {
      const page = left && !left.hash && matchPage(left.pathname)
      if (page) renderAheadAt(page, left.search, left)
      const links = shownPage().querySelectorAll<HTMLAnchorElement>('a[href]')
      if (links.length === 0) return
      // An observer reads what is on screen from the layout the next frame makes anyway; measuring
      // each link here would force a layout of every section content-visibility left unrendered.
      const observer = new IntersectionObserver((entries) => {
        observer.disconnect()
        let started = 0
        for (const { target, isIntersecting } of entries) {
          if (started >= linksInViewLimit) break
          if (!isIntersecting || !(target instanceof HTMLAnchorElement)) continue
          const before = done.size
          prefetch(target.href)
          if (done.size > before) started += 1
        }
      })
      for (const link of links) observer.observe(link)
    })
  }

  return { prefetch, listen, pageShown }
}

export type Prefetcher = ReturnType<typeof createPrefetcher>
