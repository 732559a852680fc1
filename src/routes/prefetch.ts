import type { QueryClient } from '@tanstack/react-query'
import { NavigationType, type DataRouter, type Location, type RouterState } from 'react-router'
import { matchPage, pageKinds, type PageMatch } from '@/config/page-kinds'
import { aheadLayers } from '@/components/layout/page-layer'
import { shownPage } from '@/lib/dom/shown-page'
import { whenIdle } from '@/lib/when-idle'
import { pageOfLink, payloadQueryOf } from './link-page'
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

function createPrefetcher(queryClient: QueryClient, basename: string) {
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
    // A failure here is not the reader's concern yet: the click retries and reports it.
    loadPageModule(pageKinds[page.kind].module).catch(() => done.delete(path))
    const query = payloadQueryOf(page)
    if (query) void queryClient.prefetchQuery(query)
  }

  const linkOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null

  /**
   * Once a page's code and payload are in, has it rendered ahead (page-layers.tsx), if it is still
   * `wanted` then; not for a page without a payload of its own (search, which the query makes),
   * nor where `inert`, which keeps a page rendered ahead out of reach, is unknown (Safari before
   * 15.5, Firefox before 112).
   */
  function renderAheadAt(page: PageMatch, search: string, left?: Location, wanted = () => true) {
    const query = payloadQueryOf(page)
    if (!query || !('inert' in HTMLElement.prototype)) return
    Promise.all([
      loadPageModule(pageKinds[page.kind].module),
      queryClient.ensureQueryData(query),
      layers,
    ]).then(
      ([{ Component }, , { renderAhead }]) => {
        if (wanted()) renderAhead({ pathname: page.path, search, Component, left })
      },
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
    // Not on focus: tabbing along a list would render every page on the way.
    const rendersAhead = event.type !== 'focusin' && !link.target
    // In a task of its own: when a new page puts a link under the resting pointer, the browser
    // says so in the frame that paints that page, which should not wait for this.
    setTimeout(() => {
      prefetch(link.href)
      if (rendersAhead) renderAheadOf(link.href)
    })
  }

  /** Listens for intent on any link of the page, present or future. */
  function listen() {
    document.addEventListener('pointerover', onIntent, { passive: true })
    document.addEventListener('focusin', onIntent, { passive: true })
    document.addEventListener('touchstart', onIntent, { passive: true })
  }

  // The router's location shown, and the one Back or Forward returns to: the one shown before.
  let shown: Location | undefined
  let left: Location | undefined

  /**
   * Once a page is shown (the router's `state`) and the browser idle: renders the page just left
   * ahead, so that Back (or Forward, after Back) only shows it, and fetches the first links inside
   * the viewport. A replaced entry is gone from the history, so a REPLACE keeps the page to return
   * to.
   */
  function pageShown({ location, historyAction }: Pick<RouterState, 'location' | 'historyAction'>) {
    if (historyAction !== NavigationType.Replace) left = shown
    shown = location
    const back = left
    const stillShown = () => shown === location
    whenIdle(() => {
      // Not once the reader has moved on, nor for a move within the page (a filter).
      const due = back && !back.hash && back.pathname !== location.pathname && stillShown()
      const page = due && matchPage(back.pathname)
      if (page) renderAheadAt(page, back.search, back, stillShown)
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

  return { listen, pageShown }
}

/**
 * Fetches pages ahead from now on: on intent on any link, and, each time the router shows a new
 * page, once the browser is idle, for the first links in view (and renders the page just left
 * ahead).
 */
export function startPrefetching(queryClient: QueryClient, router: DataRouter) {
  const prefetcher = createPrefetcher(queryClient, router.basename ?? '/')
  prefetcher.listen()
  prefetcher.pageShown(router.state)
  let shownKey = router.state.location.key
  router.subscribe((state) => {
    if (state.navigation.state !== 'idle' || state.location.key === shownKey) return
    shownKey = state.location.key
    prefetcher.pageShown(state)
  })
}
