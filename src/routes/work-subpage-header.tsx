import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import type { Work } from '@/data/payload-types'
import { ShareButton } from '@/features/share/share-button'

/** The head of a page about one side of a work (its cast, its timeline): the way back, the
 * heading, what the page holds, and its Share button. */
export function WorkSubpageHeader({
  work,
  title,
  pageName,
  shareText,
  children,
}: {
  work: Work
  title: string
  /** What the document title calls the page. */
  pageName: string
  shareText: string
  /** What the page holds, in a sentence or two. */
  children: ReactNode
}) {
  return (
    <header className="space-y-3">
      <p className="text-sm font-medium">
        <Link to={paths.film(work.slug)} className="text-accent underline">
          {work.title}
        </Link>
        {work.hangulTitle && (
          <span lang="ko" className="ml-2 text-ink-muted">
            {work.hangulTitle.value}
          </span>
        )}
      </p>
      <PageHeading title={title} pageName={pageName} />
      <p className="max-w-prose text-lg text-ink-muted">{children}</p>
      <ShareButton text={shareText} />
    </header>
  )
}
