import { useId } from 'react'
import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Citation } from '@/components/ui/citation'
import { ClaimedValue } from '@/components/ui/claims'
import { paths } from '@/config/paths'
import type { Chart, Event, EventKind } from '@/data/payload-types'
import { sourcesDiffer } from '@/data/claims'
import { timelineFor, type TimelineGroup } from './timeline-groups'
import { cn } from '@/lib/cn'
import { formatIsoDate, formatIsoMonth } from '@/lib/format-date'
import { EventDateText, eventDateBasis } from './event-date'
import {
  eventKindLabels,
  isMilestone,
  kindsFromSearch,
  milestoneLabels,
  searchForKinds,
} from './event-kinds'
import { useHydrated } from '@/lib/use-hydrated'
import { countOf } from '@/lib/count'
import { formatRank } from '@/lib/format-rank'

function groupHeading(group: TimelineGroup): { title: string; detail?: string } {
  if (group.kind === 'month') return { title: formatIsoMonth(group.anchor) }
  return {
    title: `Before ${formatIsoDate(group.anchor)}`,
    detail: `No article gives a day for these events; they are only known to come before ${formatIsoDate(group.anchor)}.`,
  }
}

function KindFilter({
  kinds,
  active,
  total,
  counts,
}: {
  kinds: EventKind[]
  active: EventKind[]
  total: number
  counts: Map<EventKind, number>
}) {
  const pill = (isActive: boolean) =>
    cn(
      'inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-medium no-underline',
      isActive
        ? 'border-accent bg-accent text-accent-ink'
        : 'border-line bg-surface text-ink hover:border-accent hover:text-accent',
    )
  const check = (
    <span aria-hidden="true" className="font-bold">
      ✓
    </span>
  )
  return (
    <nav aria-label="Show events of one kind">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            to={{ search: '' }}
            className={pill(active.length === 0)}
            aria-current={active.length === 0 ? 'page' : undefined}
          >
            {active.length === 0 && check}
            All kinds <span className="tabular-nums opacity-80">({total})</span>
          </Link>
        </li>
        {kinds.map((kind) => {
          const isActive = active.includes(kind)
          return (
            <li key={kind}>
              <Link
                to={{ search: searchForKinds([kind]) }}
                className={pill(isActive)}
                aria-current={isActive ? 'page' : undefined}
              >
                {isActive && check}
                {eventKindLabels[kind]}{' '}
                <span className="tabular-nums opacity-80">({counts.get(kind) ?? 0})</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

function ChartRank({ chart, workSlug }: { chart: Chart; workSlug: string }) {
  const differ = sourcesDiffer(chart.rank)
  return (
    <div className="rounded-lg border border-line bg-surface-muted p-3 text-sm">
      <p className="font-semibold">Rank in the {chart.chart}</p>
      <div className="mt-1">
        <ClaimedValue claims={chart.rank} format={formatRank} />
      </div>
      <p className="mt-2">
        <Link
          to={{ pathname: paths.film(workSlug), hash: 'chart-performance' }}
          className="text-accent underline"
        >
          {differ ? 'Why the ranks differ: chart performance' : 'Chart performance'}
        </Link>
      </p>
    </div>
  )
}

function TimelineEvent({ event, chart }: { event: Event; chart?: Chart }) {
  const milestone = isMilestone(event.kind)
  const basis = eventDateBasis(event.date)
  return (
    <li className="relative grid gap-1 pl-12 sm:grid-cols-[11rem_1fr] sm:gap-8 sm:pl-0">
      {/* The marker sits on the rail: larger, filled and labelled for the milestones. */}
      <span
        aria-hidden="true"
        className={cn(
          'absolute flex items-center justify-center rounded-full border-2',
          milestone
            ? 'top-0 left-0 size-8 border-accent bg-accent text-sm text-accent-ink sm:left-[calc(11rem+2rem-4px)]'
            : 'top-1 left-1 size-6 border-accent bg-canvas sm:left-[calc(11rem+2rem)]',
        )}
      >
        {milestone ? '★' : ''}
      </span>
      <div className="text-sm sm:pt-1 sm:text-right">
        <p className="font-semibold text-ink">
          <EventDateText date={event.date} />
        </p>
        <p className="text-xs text-ink-muted">{basis}</p>
      </div>
      <article
        aria-labelledby={`event-${event.id}`}
        className={cn(
          'min-w-0 rounded-xl border p-4 sm:ml-12 sm:p-5',
          milestone ? 'border-accent/60 bg-accent-soft shadow-sm' : 'border-line bg-surface',
        )}
      >
        <div className="flex flex-wrap gap-2">
          {milestone && <Badge variant="accent">{milestoneLabels[event.kind]}</Badge>}
          {!milestone && <Badge variant="neutral">{eventKindLabels[event.kind]}</Badge>}
        </div>
        <h3 id={`event-${event.id}`} className="mt-2 text-lg leading-snug font-semibold">
          {event.title}
        </h3>
        <p className="mt-2 leading-relaxed">
          {event.summary}
          <Citation ids={event.sources} />
        </p>
        {event.quotes && event.quotes.length > 0 && (
          <ul className="mt-3 space-y-2">
            {event.quotes.map((quote) => (
              <li key={`${quote.label}-${quote.text}`}>
                <figure className="border-l-4 border-accent/70 pl-3">
                  <blockquote className="text-base font-medium italic">“{quote.text}”</blockquote>
                  <figcaption className="text-sm text-ink-muted">
                    {quote.label}
                    <Citation ids={quote.sources} />
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
        {chart && (
          <div className="mt-3">
            <ChartRank chart={chart} workSlug={event.work} />
          </div>
        )}
        {event.date.note && (
          <p className="mt-3 text-sm text-ink-muted">
            <span className="font-medium text-ink">About the date: </span>
            {event.date.note}
          </p>
        )}
      </article>
    </li>
  )
}

/** The work's events on a vertical rail, grouped by month, filtered by kind from the URL. */
export function TimelineView({
  events,
  charts,
  search,
  workSlug,
}: {
  events: Event[]
  charts: Chart[]
  search: URLSearchParams
  workSlug: string
}) {
  const statusId = useId()
  const counts = new Map<EventKind, number>()
  for (const event of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1)
  const present = [...counts.keys()]
  // Prerendered pages carry no search params: the filter applies once the page has hydrated.
  const hydrated = useHydrated()
  const active = hydrated ? kindsFromSearch(search) : []
  const shown = active.length === 0 ? events : events.filter((e) => active.includes(e.kind))
  const groups = timelineFor(shown)
  const chartsById = new Map(charts.map((chart) => [chart.id, chart]))
  const activeNames = active.map((kind) => eventKindLabels[kind]).join(', ')

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
        <p id={statusId} role="status" aria-live="polite" className="text-sm text-ink-muted">
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
        <div className="relative">
          {/* The rail: one line behind every marker, from the first group to the last. */}
          <span
            aria-hidden="true"
            className="absolute top-2 bottom-2 left-[15px] w-0.5 bg-line sm:left-[calc(11rem+2rem+11px)]"
          />
          <div className="space-y-10">
            {groups.map((group) => {
              const heading = groupHeading(group)
              const headingId = `group-${group.key.replace(/[^a-z0-9]+/gi, '-')}`
              return (
                <section
                  key={group.key}
                  aria-labelledby={headingId}
                  className="render-when-near space-y-6"
                >
                  <div className="relative pl-12 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-8 sm:pl-0">
                    <span
                      aria-hidden="true"
                      className="absolute top-1.5 left-2 size-4 rounded-full border-2 border-ink-muted bg-canvas sm:left-[calc(11rem+2rem+4px)]"
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
                  <ol className="space-y-6">
                    {group.events.map((event) => (
                      <TimelineEvent
                        key={event.id}
                        event={event}
                        chart={event.chart ? chartsById.get(event.chart) : undefined}
                      />
                    ))}
                  </ol>
                </section>
              )
            })}
          </div>
        </div>
      )}
    </div>
  )
}
