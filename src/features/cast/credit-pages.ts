/*
 * A work's credits travel in pages: its payload carries the first page, enough for the first
 * screens of its cast page and everything its film page shows, and each further page is a file of
 * its own, fetched as the reader scrolls or filters. A work of ordinary size has one page only.
 */

/** Credits per page. */
export const creditPageSize = 100

/** How many pages come after the first, each a file of its own, numbered from 1. */
export function laterPageCount(creditCount: number): number {
  return Math.max(0, Math.ceil(creditCount / creditPageSize) - 1)
}
