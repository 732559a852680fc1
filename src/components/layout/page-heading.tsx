import { use, type ComponentProps } from 'react'
import { cn } from '@/lib/cn'
import { documentTitle } from '@/lib/page-title'
import { PageShownContext } from './page-layer'

/** The page's one `h1`, focusable so navigation can move focus to it, and the document title. */
export function PageHeading({
  title,
  pageName,
  className,
  children,
  ...props
}: ComponentProps<'h1'> & {
  title: string
  /** What the document title calls the page, when the heading says less. */
  pageName?: string
}) {
  // A page rendered ahead of a click must not retitle the document before it is shown.
  const shown = use(PageShownContext)
  return (
    <>
      {shown && <title>{documentTitle(pageName ?? title)}</title>}
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
