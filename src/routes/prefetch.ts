import type { QueryClient } from '@tanstack/react-query'
import { pageKinds } from '@/config/page-kinds'
import { aheadLayers } from '@/components/layout/page-layer'
import { shownPage } from '@/lib/dom/shown-page'
import { whenIdle } from '@/lib/when-idle'
import { pageOfLink } from './link-page'
import { loadPageModule } from './page-modules'

/*
 * Fetches a link's page (its code and its payload) before the click: when the reader shows intent
 * (pointer over it, focus, touch) and, once the browser is idle, for the first links in view. A
 * click then finds both in cache, and the new page renders without waiting for the network; under
 * the pointer or a finger, the page is even rendered ahead, and the click only shows it.
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
   * Once a link's page is fetched, has it rendered ahead of the click (page-layers.tsx); not for
   * a fragment, nor for a page without a payload of its own (search, which the query makes).
   */
  function renderAheadOf(href: string) {
    const page = pageOfLink(href, basename)
    const query = page && pageKinds[page.kind].query?.(page.params)
    if (!page || !query || page.url.hash) return
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

  /** Once the browser is idle, fetches the first links inside the viewport. */
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

  return { prefetch, listen, prefetchLinksInView }
}

export type Prefetcher = ReturnType<typeof createPrefetcher>
