import { Link, useSearchParams } from 'react-router'
import { paths } from '@/config/paths'
import type { Chart, Event } from '@/data/payload-types'
import { countOf } from '@/lib/count'
import { timelineFor } from './timeline-groups'
import { TimelineEvent } from './timeline-event'
import { useTimelineFilter } from './timeline-filter'
import { KindFilter } from './timeline-kind-filter'
import { RailGroup, TimelineRail } from './timeline-rail'

/** The work's events on a vertical rail, grouped by month, filtered by kind from the URL. */
export function TimelineView({
  events,
  charts,
  workSlug,
}: {
  events: Event[]
  charts: Chart[]
  workSlug: string
}) {
  const [search] = useSearchParams()
  const { counts, present, active, shown, activeNames } = useTimelineFilter(events, search)
  const groups = timelineFor(shown)
  const chartsById = new Map(charts.map((chart) => [chart.id, chart]))

  if (events.length === 0) {
    return (
      <p className="rounded-xl border border-line bg-surface p-5">
        The articles give no dated events for this work.{' '}
        <Link to={paths.film(workSlug)} className="text-accent underline">
          Back to the work’s page
        </Link>
      </p>
    )
  }

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <KindFilter kinds={present} active={active} total={events.length} counts={counts} />
        <p role="status" className="text-sm text-ink-muted">
          {active.length === 0
            ? `Showing all ${countOf(events.length, 'event')}.`
            : `Showing ${countOf(shown.length, 'event')} of ${events.length}: ${activeNames}.`}
        </p>
      </div>

      {shown.length === 0 ? (
        <div className="rounded-xl border border-line bg-surface p-5">
          <p className="font-semibold">No {activeNames.toLowerCase()} events for this work.</p>
          <p className="mt-1">
            <Link to={{ search: '' }} className="text-accent underline">
              Show all {countOf(events.length, 'event')}
            </Link>{' '}
            or pick another kind above.
          </p>
        </div>
      ) : (
        <TimelineRail>
          {groups.map((group) => (
            <RailGroup key={group.key} group={group}>
              {group.events.map((event) => (
                <TimelineEvent
                  key={event.id}
                  event={event}
                  chart={event.chart ? chartsById.get(event.chart) : undefined}
                />
              ))}
            </RailGroup>
          ))}
        </TimelineRail>
      )}
    </div>
  )
}
