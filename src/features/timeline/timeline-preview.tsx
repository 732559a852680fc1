import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Citation } from '@/components/ui/citation'
import { paths } from '@/config/paths'
import type { Event } from '@/data/payload-types'
import { countOf } from '@/lib/count'
import { timelineFor } from './timeline-groups'
import { EventDateText, eventDateBasis } from './event-date'
import { isMilestone, milestoneLabels } from './event-kinds'

/** The festival premiere and the release, in time order, with a way into the full timeline. */
export function TimelinePreview({
  events,
  workSlug,
  headingId,
}: {
  events: Event[]
  workSlug: string
  headingId: string
}) {
  if (events.length === 0) return null
  const milestones = timelineFor(events)
    .flatMap((group) => group.events)
    .filter((event) => isMilestone(event.kind))
  return (
    <section aria-labelledby={headingId} className="render-when-near space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-2xl font-semibold tracking-tight">
          Premiere and release
        </h2>
        <Link
          to={paths.timeline(workSlug)}
          className="inline-flex min-h-11 items-center font-medium text-accent underline"
        >
          Full timeline ({countOf(events.length, 'event')})
        </Link>
      </div>
      <ol className="relative grid gap-4 sm:grid-cols-2">
        {milestones.map((event, index) => (
          <li key={event.id} className="flex gap-3 rounded-xl border border-line bg-surface p-4">
            <span
              aria-hidden="true"
              className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-accent text-sm font-bold text-accent-ink"
            >
              {index + 1}
            </span>
            <div className="min-w-0 space-y-1">
              <Badge variant="soft">{milestoneLabels[event.kind]}</Badge>
              <h3 className="font-semibold leading-snug">
                {event.title}
                <Citation ids={event.sources} />
              </h3>
              <p className="text-sm">
                <EventDateText date={event.date} className="font-medium" />
                <span className="block text-xs text-ink-muted">{eventDateBasis(event.date)}</span>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
