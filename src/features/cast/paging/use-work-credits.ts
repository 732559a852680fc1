import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { CreditPagePayload, CreditWithPerson, WorkPayload } from '@/data/payload-types'
import { creditPageQuery } from './credit-page-queries'
import { laterCreditPages } from './credit-pages'

export type WorkCredits = {
  /** The credits loaded so far, in the work's order: its first pages, with no gap. */
  credits: CreditWithPerson[]
  /** Every credit of the work is loaded. */
  complete: boolean
  /** A page is on its way. */
  loading: boolean
  /** A page could not be loaded (offline, a server error). */
  failed: boolean
  /** Asks for the page after the last one asked for. */
  loadMore: () => void
  /** Asks again for the pages not loaded yet. */
  retry: () => void
}

/**
 * A work's credits, its payload's first page followed by the pages fetched so far: the next one
 * on `loadMore` (the reader scrolled to the end of the list), or all of them with `all` (a filter
 * or a fragment needs the whole cast).
 */
export function useWorkCredits(payload: WorkPayload, { all }: { all: boolean }): WorkCredits {
  const { work, credits: firstPage, creditCount } = payload
  const queryClient = useQueryClient()
  const pages = useMemo(() => laterCreditPages(creditCount), [creditCount])
  const pageQuery = useCallback((page: number) => creditPageQuery(work.slug, page), [work.slug])
  const cachedPage = useCallback(
    (page: number) => queryClient.getQueryData<CreditPagePayload>(pageQuery(page).queryKey),
    [queryClient, pageQuery],
  )

  // How many pages, in order, are in the cache: read on every render, which the query below
  // brings about each time the first missing page arrives.
  const firstMissing = pages.findIndex((page) => !cachedPage(page))
  const listed = firstMissing === -1 ? pages.length : firstMissing
  // Pages fetched on an earlier visit count as asked for, so Back finds the list as long as it
  // was and can restore its scroll position.
  const [asked, setAsked] = useState(listed)
  const wanted = all ? pages.length : Math.max(asked, listed)
  const next = listed < wanted ? pages[listed] : undefined

  // One observer, on the first page still missing, rather than useQueries, whose code would
  // weigh on every page's first visit; the pages after it are fetched alongside.
  const nextPage = useQuery({ ...pageQuery(next ?? 0), enabled: next !== undefined })
  const fetchWanted = useCallback(() => {
    for (const page of pages.slice(listed, wanted)) void queryClient.prefetchQuery(pageQuery(page))
  }, [queryClient, pageQuery, pages, listed, wanted])
  useEffect(fetchWanted, [fetchWanted])

  // Pages in the cache never change, so how many are listed says which credits these are.
  const credits = useMemo(
    () => [
      ...firstPage,
      ...pages.slice(0, listed).flatMap((page) => cachedPage(page)?.credits ?? []),
    ],
    [firstPage, pages, listed, cachedPage],
  )
  const loadMore = useCallback(
    () => setAsked((count) => Math.min(pages.length, Math.max(count, listed) + 1)),
    [pages.length, listed],
  )
  return {
    credits,
    complete: listed === pages.length,
    loading: next !== undefined && nextPage.isFetching,
    failed: next !== undefined && nextPage.isError && !nextPage.isFetching,
    loadMore,
    retry: fetchWanted,
  }
}
