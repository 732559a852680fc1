import type { QueryClient } from '@tanstack/react-query'
import { matchPage, pageKinds } from '@/config/page-kinds'
import { stripBase } from '@/lib/canonical-path'
import { whenIdle } from '@/lib/when-idle'
import { loadPageModule } from './page-modules'

/*
 * Fetches a link's page (its code and its payload) before the click: when the reader shows intent
 * (pointer over it, focus, touch) and, once the browser is idle, for the first links in view. A
 * click then finds both in cache, and the new page renders without waiting for the network.
 */

/** How many links in view are fetched ahead per page, so a long list does not fetch hundreds. */
export const linksInViewLimit = 6

export function createPrefetcher(queryClient: QueryClient, basename: string) {
  const done = new Set<string>()

  /** Starts fetching the page an in-app link leads to; other links are ignored. */
  function prefetch(href: string) {
    const url = new URL(href, window.location.href)
    const under = url.origin === window.location.origin && stripBase(url.pathname, basename)
    if (!under) return
    const path = under.replace(/(.)\/$/, '$1')
    if (done.has(path)) return
    const page = matchPage(path)
    if (!page) return
    done.add(path)
    const kind = pageKinds[page.kind]
    // A failure here is not the reader's concern yet: the click retries and reports it.
    loadPageModule(kind.module).catch(() => done.delete(path))
    if (kind.query) void queryClient.prefetchQuery(kind.query(page.params))
  }

  const linkOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null

  const onIntent = (event: Event) => {
    const link = linkOf(event.target)
    if (link && !link.hasAttribute('download')) prefetch(link.href)
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
      const links = document.querySelectorAll<HTMLAnchorElement>('main a[href]')
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
