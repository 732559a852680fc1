import { payloadPaths } from '@/data/payload-paths'
import type { CreditPagePayload } from '@/data/payload-types'
import { payloadQuery, workQueries } from '@/data/queries'

/**
 * A page of a work's credits after the first, which the work's payload carries itself. Only the
 * cast view reads these, so the factory sits with it, off every other page's first visit.
 */
export const creditPageQuery = (slug: string, page: number) =>
  payloadQuery<CreditPagePayload>(
    [...workQueries.all(), 'credits', slug, page],
    payloadPaths.creditPage(slug, page),
  )
