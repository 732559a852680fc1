import type { EventDate } from '@/data/payload-types'
import { formatIsoDate, formatIsoMonth } from '@/lib/format-date'

/** "6 October 2023", "October 2023", or the honest relative label the data gives. */
function eventDateLabel(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return formatIsoDate(date.value)
    case 'month':
      return formatIsoMonth(date.value)
    case 'relative':
      return date.label
  }
}

/** How the date was arrived at, in words, so an inferred day is never passed off as stated. */
export function eventDateBasis(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return {
        stated: 'Date stated in the articles',
        resolved: 'Day worked out from the article’s own date',
        reported: 'Day the article reported it; the event itself is undated',
      }[date.basis]
    case 'month':
      return 'Only the month is known'
    case 'relative':
      return `Exact date unknown: before ${formatIsoDate(date.before)}`
  }
}

/** The date as text, inside `<time>` where it is a real calendar date or month. */
export function EventDateText({ date, className }: { date: EventDate; className?: string }) {
  if (date.precision === 'relative') return <span className={className}>{date.label}</span>
  return (
    <time dateTime={date.value} className={className}>
      {eventDateLabel(date)}
    </time>
  )
}
