import { useEffect, useRef } from 'react'
import { LoadFailure } from '@/components/ui/load-failure'

/** How far below the screen the end of the list asks for the next page, so it is there in time. */
const aheadMargin = '1200px 0px'

/**
 * The end of a list whose later credits are still to come: the next page loads as it scrolls
 * into view, or from its button by keyboard; a failed page says so and offers Retry.
 */
export function MoreCredits({
  listed,
  creditCount,
  loading,
  failed,
  onMore,
  onRetry,
}: {
  listed: number
  creditCount: number
  loading: boolean
  failed: boolean
  /** Asks for the next page; absent while every page is on its way already. */
  onMore?: () => void
  onRetry: () => void
}) {
  const end = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const node = end.current
    if (!node || !onMore || loading || failed) return
    // A new observer reports at once whether the end is near: after a page arrives with the end
    // still in view, the next one is asked for without another scroll.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onMore()
      },
      { rootMargin: aheadMargin },
    )
    observer.observe(node)
    return () => observer.disconnect()
  }, [onMore, loading, failed, listed])

  if (failed) return <LoadFailure what="The rest of the credits" onRetry={onRetry} />
  if (!onMore) return null
  return (
    <div ref={end} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <button
        type="button"
        // Not disabled, which would drop the keyboard focus while the page loads.
        aria-disabled={loading || undefined}
        onClick={() => {
          if (!loading) onMore()
        }}
        className="inline-flex min-h-11 items-center rounded-lg border border-line px-4 font-semibold text-ink aria-disabled:text-ink-muted"
      >
        {loading ? 'Loading more credits…' : 'Show more credits'}
      </button>
      <span className="text-sm text-ink-muted">
        {listed} of {creditCount} listed
      </span>
    </div>
  )
}
