import type { QueryClient } from '@tanstack/react-query'
import { payloadPaths } from '@/data/payload-paths'
import type { CreditPagePayload, CreditWithPerson, WorkPayload } from '@/data/payload-types'
import { payloadQuery, workQueries } from '@/data/queries'
import { laterCreditPages } from './credit-pages'

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
  const pages = laterCreditPages(creditCount)
  const missing = pages.findIndex(
    (page) => !client.getQueryData(creditPageQuery(slug, page).queryKey),
  )
  return missing === -1 ? pages.length : missing
}

/** The work's first page of credits followed by its first `count` later pages from the cache. */
export function creditsWithPages(
  client: QueryClient,
  payload: WorkPayload,
  count: number,
): CreditWithPerson[] {
  const later = laterCreditPages(payload.creditCount)
    .slice(0, count)
    .flatMap(
      (page) =>
        client.getQueryData<CreditPagePayload>(creditPageQuery(payload.work.slug, page).queryKey)
          ?.credits ?? [],
    )
  return [...payload.credits, ...later]
}
