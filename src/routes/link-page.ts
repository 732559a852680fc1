import { matchPage, pageKinds, type PageMatch } from '@/config/page-kinds'
import { stripBase } from '@/lib/canonical-path'

/**
 * The page of this site a link leads to, with the link's URL; nothing for a link elsewhere or to
 * a path that is no page.
 */
export function pageOfLink(href: string, basename: string): (PageMatch & { url: URL }) | undefined {
  const url = new URL(href, window.location.href)
  const under = url.origin === window.location.origin && stripBase(url.pathname, basename)
  if (!under) return undefined
  const page = matchPage(under.replace(/(.)\/$/, '$1'))
  return page && { ...page, url }
}

/** The query of a page's payload; none for a page without one of its own (search). */
export function payloadQueryOf({ kind, params }: PageMatch) {
  return pageKinds[kind].query?.(params)
}
