import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

const siteName = 'Ballerina Explorer'

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
      <title>{`${documentTitle ?? title} · ${siteName}`}</title>
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
