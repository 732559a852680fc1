import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/cn'
import { formatIsoDate, formatIsoMonth } from '@/lib/format-date'
import type { TimelineGroup } from './timeline-groups'

/*
 * The rail's pieces. Its geometry lives once in the timeline-rail utility (styles.css): rows put
 * their dates in its column, and the line and every marker are centred on its --rail-x.
 */

/** A row beside the rail: the date column, then the content. */
export const railRow =
  'relative pl-12 sm:grid-cols-[var(--rail-date-column)_1fr] sm:gap-(--rail-gap) sm:pl-0'

/** The line behind every marker, from the first group to the last, and the groups along it. */
export function TimelineRail({ children }: { children: ReactNode }) {
  return (
    <div className="timeline-rail relative">
      <span
        aria-hidden="true"
        className="absolute top-2 bottom-2 left-(--rail-x) w-0.5 -translate-x-1/2 bg-line"
      />
      <div className="space-y-10">{children}</div>
    </div>
  )
}

/** An event's marker on the rail: larger, filled and starred for the milestones. */
export function RailMarker({ milestone }: { milestone: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'absolute left-(--rail-x) flex -translate-x-1/2 items-center justify-center rounded-full border-2',
        milestone
          ? 'top-0 size-8 border-accent bg-accent text-sm text-accent-ink'
          : 'top-1 size-6 border-accent bg-canvas',
      )}
    >
      {milestone ? '★' : ''}
    </span>
  )
}

function groupHeading(group: TimelineGroup): { title: string; detail?: string } {
  if (group.kind === 'month') return { title: formatIsoMonth(group.anchor) }
  return {
    title: `Before ${formatIsoDate(group.anchor)}`,
    detail: `No article gives a day for these events; they are only known to come before ${formatIsoDate(group.anchor)}.`,
  }
}

/** One month (or one stretch before a known date) on the rail, headed by a dot and its name. */
export function RailGroup({ group, children }: { group: TimelineGroup; children: ReactNode }) {
  const heading = groupHeading(group)
  const headingId = `group-${group.key.replace(/[^a-z0-9]+/gi, '-')}`
  return (
    <section aria-labelledby={headingId} className="render-when-near space-y-6">
      <div className={cn(railRow, 'sm:grid')}>
        <span
          aria-hidden="true"
          className="absolute top-1.5 left-(--rail-x) size-4 -translate-x-1/2 rounded-full border-2 border-ink-muted bg-canvas"
        />
        <div className="sm:col-start-2 sm:ml-12">
          <h2 id={headingId} className="text-xl font-bold tracking-tight">
            {heading.title}
            {group.kind === 'relative' && (
              <span className="ml-2 align-middle">
                <Badge variant="warn">Date unknown</Badge>
              </span>
            )}
          </h2>
          {heading.detail && (
            <p className="mt-1 max-w-prose text-sm text-ink-muted">{heading.detail}</p>
          )}
        </div>
      </div>
      <ol className="space-y-6">{children}</ol>
    </section>
  )
}
