import { siteName } from '@/data/site'
import { sourceDate } from '@/components/ui/citation'
import type { Source } from '@/data/payload-types'
import { cn } from '@/lib/cn'

/** "Sayart.net", or what is known of a site that gives no name, such as whom it cites. */
function publicationOf(source: Source): string {
  if (source.publication) return source.publication
  if (source.kind === 'editorial') return `The editors of ${siteName}`
  return source.cites ? `Unnamed site, citing ${source.cites}` : 'Unnamed site'
}

/**
 * Publication, byline and date (with the time, where the article prints one) in one line; a
 * missing date says what stands in for it.
 */
export function SourceMeta({
  source,
  large = false,
  className,
}: {
  source: Source
  /** The source's own page sets its details at body size. */
  large?: boolean
  className?: string
}) {
  return (
    <div className={cn('space-y-1', large ? 'text-base' : 'text-sm', className)}>
      <p className="flex flex-wrap gap-x-2 gap-y-0.5">
        <span className="font-semibold text-ink">{publicationOf(source)}</span>
        {source.byline && (
          <>
            <span aria-hidden="true" className="text-ink-muted">
              ·
            </span>
            <span className="text-ink-muted">by {source.byline}</span>
          </>
        )}
        <span aria-hidden="true" className="text-ink-muted">
          ·
        </span>
        {source.date ? (
          <time
            dateTime={source.time ? `${source.date}T${source.time}` : source.date}
            className="text-ink-muted"
          >
            {sourceDate(source)}
            {source.time && `, ${source.time}`}
          </time>
        ) : (
          <span className="text-ink-muted">Undated</span>
        )}
      </p>
      {source.dateNote && <p className="text-ink-muted">{source.dateNote}</p>}
      <p className="text-ink-muted">
        Called <span className="font-medium text-ink">{source.shortName}</span> in this explorer’s
        notes and citations.
      </p>
    </div>
  )
}
