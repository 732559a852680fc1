import type { QueryClient } from '@tanstack/react-query'
import type { DataRouter } from 'react-router'
import { pageKinds } from '@/config/page-kinds'
import { aheadLayers } from '@/components/layout/page-layer'
import { shownPage } from '@/lib/dom/shown-page'
import { whenIdle } from '@/lib/when-idle'
import { pageOfLink, payloadQueryOf } from './link-page'
import { loadPageModule } from './page-modules'

/*
 * Fetches a link's page (its code and its payload) before the click: when the reader shows intent
 * (pointer over it, focus, touch) and, once the browser is idle, for the first links in view. A
 * click then finds both in cache, and the new page renders without waiting for the network. The
 * page under the pointer or a finger is even rendered ahead, so that the click only shows it.
 */

/** How many links in view are fetched ahead per page, so a long list does not fetch hundreds. */
export const linksInViewLimit = 6

function createPrefetcher(queryClient: QueryClient, router: DataRouter) {
  const basename = router.basename ?? '/'
  const done = new Set<string>()
  // What renders a page ahead and keeps the page left, for the page layers.
  const layers = import('./pages-rendered-ahead').then((module) => {
    module.noteFailedEntries(router)
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
   * Once the page a link leads to has its code and payload in, has it rendered ahead
   * (page-layers.tsx); not for a fragment, which the page scrolls to, nor for a page without a
   * payload of its own (search, which the query makes), nor where `inert`, which keeps a page
   * rendered ahead out of reach, is unknown (Safari before 15.5, Firefox before 112).
   */
  function renderAheadOf(href: string) {
    const page = pageOfLink(href, basename)
    const query = page && !page.url.hash && payloadQueryOf(page)
    if (!query || !('inert' in HTMLElement.prototype)) return
    Promise.all([
      loadPageModule(pageKinds[page.kind].module),
      queryClient.ensureQueryData(query),
      layers,
    ]).then(
      ([{ Component }, , { renderAhead }]) =>
        renderAhead({ pathname: page.path, search: page.url.search, Component }),
      // Not the reader's concern yet: the click loads the page again and reports a failure.
      () => {},
    )
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

  /** Once a page is shown and the browser idle, fetches the first links inside the viewport. */
  function prefetchLinksInView() {
    whenIdle(() => {
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

  return { listen, prefetchLinksInView }
}

/**
 * Fetches pages ahead from now on: on intent on any link, and, each time the router shows a new
 * page, once the browser is idle, for the first links in view.
 */
export function startPrefetching(queryClient: QueryClient, router: DataRouter) {
  const prefetcher = createPrefetcher(queryClient, router)
  prefetcher.listen()
  prefetcher.prefetchLinksInView()
  let shownKey = router.state.location.key
  router.subscribe((state) => {
    if (state.navigation.state !== 'idle' || state.location.key === shownKey) return
    shownKey = state.location.key
    prefetcher.prefetchLinksInView()
  })
}
