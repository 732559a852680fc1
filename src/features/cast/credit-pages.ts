/*
 * A work's credits travel in pages: its payload carries the first page, enough for the first
 * screens of its cast page and everything its film page shows, and each further page is a file of
 * its own, fetched as the reader scrolls or filters. A work of ordinary size has one page only.
 */

/** Credits per page. */
export const creditPageSize = 100

/** How many pages a work's credits take; a work with no credits still has its (empty) first. */
export function creditPageCount(creditCount: number): number {
  return Math.max(1, Math.ceil(creditCount / creditPageSize))
}

/** The page numbers after the first, which are files of their own: 1, 2, … */
export function laterCreditPages(creditCount: number): number[] {
  return Array.from({ length: creditPageCount(creditCount) - 1 }, (_, at) => at + 1)
}
