import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Citation } from '@/components/ui/citation'
import { ClaimedValue } from '@/components/ui/claims'
import { CopyLink } from '@/components/ui/copy-link'
import { paths } from '@/config/paths'
import type { Chart, Event } from '@/data/payload-types'
import { sourcesDiffer } from '@/data/claims'
import { cn } from '@/lib/cn'
import { formatRank } from '@/lib/format-rank'
import { EventDateText, eventDateBasis } from './event-date'
import { eventKindLabels, isMilestone, milestoneLabels } from './event-kinds'
import { RailMarker, railRow } from './timeline-rail'

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

/** One event on the rail: its date, its marker and what the articles say happened. */
export function TimelineEvent({ event, chart }: { event: Event; chart?: Chart }) {
  const milestone = isMilestone(event.kind)
  const basis = eventDateBasis(event.date)
  return (
    <li className={cn(railRow, 'grid gap-1')}>
      <RailMarker milestone={milestone} />
      <div className="text-sm sm:pt-1 sm:text-right">
        <p className="font-semibold text-ink">
          <EventDateText date={event.date} />
        </p>
        <p className="text-xs text-ink-muted">{basis}</p>
      </div>
      <article
        id={event.id}
        aria-labelledby={`event-${event.id}`}
        className={cn(
          'linkable relative min-w-0 rounded-xl border p-4 sm:ml-12 sm:p-5',
          milestone ? 'border-accent/60 bg-accent-soft shadow-sm' : 'border-line bg-surface',
        )}
      >
        <div className="flex flex-wrap items-center gap-2">
          {milestone && <Badge variant="accent">{milestoneLabels[event.kind]}</Badge>}
          {!milestone && <Badge variant="neutral">{eventKindLabels[event.kind]}</Badge>}
          <span className="ml-auto">
            <CopyLink id={event.id} label={event.title} />
          </span>
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
