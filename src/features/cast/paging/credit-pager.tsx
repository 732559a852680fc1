import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useReducer, useRef } from 'react'
import type { CreditWithPerson } from '@/data/payload-types'
import { shownElementById } from '@/lib/dom/shown-page'
import type { AnchorOf } from '../card-anchors'
import { creditPageQuery } from '../credit-page-queries'
import { laterPageCount } from '../credit-pages'

/** How far below the screen the end of the list asks for the next page, so it is there in time. */
const aheadMargin = '1200px 0px'

/**
 * Fetches the later pages of a work's credits into the query cache, from which the cast view
 * lists them: the next page as the end of the list nears or its button is pressed, every page
 * with `all`. It shows that button, and what failed with a Retry, at the end of the list.
 */
export function CreditPager({
  workSlug,
  creditCount,
  credits,
  listed,
  all,
  anchorOf,
  onPage,
}: {
  workSlug: string
  creditCount: number
  /** The credits listed: the first page and the `listed` later pages in the cache. */
  credits: CreditWithPerson[]
  listed: number
  all: boolean
  anchorOf: AnchorOf
  /** Called as the page the list waits for arrives or fails, for it to read the cache again. */
  onPage: () => void
}) {
  const queryClient = useQueryClient()
  const pageCount = laterPageCount(creditCount)
  // How many later pages the reader has asked for: one more than listed, each time.
  const [asked, askAfter] = useReducer(
    (count: number, from: number) => Math.max(count, from) + 1,
    listed,
  )
  const wanted = all ? pageCount : Math.min(pageCount, Math.max(asked, listed))
  // Pages are numbered from 1, so the one after the `listed` in the cache is listed + 1.
  const next = listed < wanted ? listed + 1 : undefined

  // One observer, on the page the list waits for; those after it are fetched alongside.
  const nextPage = useQuery({
    ...creditPageQuery(workSlug, next ?? pageCount),
    enabled: next !== undefined,
  })
  const fetchWanted = useCallback(() => {
    for (let page = listed + 1; page <= wanted; page++) {
      void queryClient.prefetchQuery(creditPageQuery(workSlug, page))
    }
  }, [queryClient, workSlug, listed, wanted])
  useEffect(fetchWanted, [fetchWanted])
  useEffect(() => {
    if (next !== undefined && (nextPage.data || nextPage.isError)) onPage()
  }, [next, nextPage.data, nextPage.isError, onPage])

  const loading = next !== undefined && nextPage.isFetching
  const failed = next !== undefined && nextPage.isError && !loading
  const complete = listed === pageCount

  // After the button brought more cards, focus moves to the first of them, as the button they
  // came before may be gone (the last page) and Tab would not reach them from it.
  const focusFrom = useRef<number | null>(null)
  useEffect(() => {
    const from = focusFrom.current
    const first = from === null ? undefined : credits[from]
    if (!first) return
    focusFrom.current = null
    let frames = 0
    let frame = 0
    // A windowed list renders the card a frame or two later.
    const focus = () => {
      const link = shownElementById(anchorOf(first))?.querySelector('a')
      if (link) link.focus()
      else if (++frames < 20) frame = requestAnimationFrame(focus)
    }
    focus()
    return () => cancelAnimationFrame(frame)
  }, [credits, anchorOf])

  const end = useRef<HTMLDivElement>(null)
  const autoLoad = !all && !complete && !loading && !failed
  useEffect(() => {
    const node = end.current
    if (!node || !autoLoad) return
    // A new observer reports at once whether the end is near: after a page arrives with the end
    // still in view, the next one is asked for without another scroll.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) askAfter(listed)
      },
      { rootMargin: aheadMargin },
    )
    observer.observe(node)
    return () => observer.disconnect()
  }, [autoLoad, listed])

  if (complete) return null
  return (
    <div ref={end} className="space-y-3">
      {failed && (
        <p role="alert" className="text-ink-muted">
          The rest of the credits could not load. Check the connection, then try again.
        </p>
      )}
      {(failed || !all) && (
        <button
          type="button"
          // Never disabled, which would drop the keyboard focus while a page loads.
          aria-disabled={loading || undefined}
          onClick={() => {
            if (loading) return
            if (failed) return fetchWanted()
            focusFrom.current = credits.length
            askAfter(listed)
          }}
          className="inline-flex min-h-11 items-center rounded-lg border border-line px-4 font-semibold text-ink aria-disabled:text-ink-muted"
        >
          {failed ? 'Retry' : loading ? 'Loading more credits…' : 'Show more credits'}
        </button>
      )}
    </div>
  )
}
