import type { QueryClient } from '@tanstack/react-query'
import { payloadPaths } from '@/data/payload-paths'
import type { CreditPagePayload, CreditWithPerson, WorkPayload } from '@/data/payload-types'
import { payloadQuery, workQueries } from '@/data/queries'
import { laterPageCount } from './credit-pages'

/**
 * A page of a work's credits after the first, which the work's payload carries itself. Only the
 * cast view reads these, so the factory sits with it, off every other page's first visit.
 */
export const creditPageQuery = (slug: string, page: number) => ({
  ...payloadQuery<CreditPagePayload>(
    [...workQueries.all(), 'credits', slug, page],
    payloadPaths.creditPage(slug, page),
  ),
  // The list reads the pages it has from the cache, watching none of them: kept for the visit.
  gcTime: Infinity,
})

/** How many of a work's later pages, in order, are in the cache. */
export function cachedPageCount(client: QueryClient, slug: string, creditCount: number): number {
  const pageCount = laterPageCount(creditCount)
  let cached = 0
  while (cached < pageCount && client.getQueryData(creditPageQuery(slug, cached + 1).queryKey)) {
    cached += 1
  }
  return cached
}

/** The work's first page of credits followed by its first `count` later pages from the cache. */
export function creditsWithPages(
  client: QueryClient,
  payload: WorkPayload,
  count: number,
): CreditWithPerson[] {
  const credits = [...payload.credits]
  for (let page = 1; page <= count; page++) {
    const { queryKey } = creditPageQuery(payload.work.slug, page)
    credits.push(...(client.getQueryData<CreditPagePayload>(queryKey)?.credits ?? []))
  }
  return credits
}
