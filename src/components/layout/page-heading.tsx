import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

const siteName = 'Ballerina Explorer'

/** Longer document titles are cut short in tabs and search results (html-validate's long-title). */
export const maxTitleLength = 70

/**
 * Typographic quotes for straight ones. They read better, and unlike ' and " they are not written
 * as entities (`&#x27;`, `&quot;`), which html-validate counts, raw, in a title's length.
 */
function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{“‘])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“‘])'/g, '$1‘')
    .replace(/'/g, '’')
}

/**
 * The document title: the page's title and the site's name, or the page's title alone where both
 * would be too long, cut after a whole word if even that is.
 */
export function documentTitleOf(title: string): string {
  const text = curlyQuotes(title)
  const withSite = `${text} · ${siteName}`
  if (withSite.length <= maxTitleLength) return withSite
  if (text.length <= maxTitleLength) return text
  let cut = ''
  for (const word of text.split(' ')) {
    const next = cut ? `${cut} ${word}` : word
    if (next.length >= maxTitleLength) break
    cut = next
  }
  return `${(cut || text.slice(0, maxTitleLength - 1)).replace(/[\s,:;–—-]+$/, '')}…`
}

/** The page's one `h1`, focusable so navigation can move focus to it, and the document title. */
export function PageHeading({
  title,
  documentTitle,
  className,
  children,
  ...props
}: ComponentProps<'h1'> & { title: string; documentTitle?: string }) {
  return (
    <>
      <title>{documentTitleOf(documentTitle ?? title)}</title>
      <h1
        tabIndex={-1}
        className={cn('text-3xl font-bold tracking-tight text-ink sm:text-4xl', className)}
        {...props}
      >
        {children ?? title}
      </h1>
    </>
  )
}
