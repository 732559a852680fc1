import type { Event, EventDate } from '@/data/payload-types'

/** The date an event sorts by: a relative date sorts just before the date it is known to precede. */
function sortKeyOf(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return `${date.value}~1`
    case 'month':
      return `${date.value}-00~1`
    case 'relative':
      return `${date.before}~0`
  }
}

export type TimelineGroup = {
  key: string
  /** `month` groups hold dated events; `relative` groups hold events known only to precede a date. */
  kind: 'month' | 'relative'
  /** YYYY-MM for a month group; the date the events precede for a relative group. */
  anchor: string
  events: Event[]
}

/** Events in time order, grouped by month, with relatively dated events in a group of their own. */
export function timelineFor(events: Event[]): TimelineGroup[] {
  // Sort keys are ASCII, so plain string order is right, and unlike localeCompare it does not
  // make the browser load its collation data while the page starts.
  const sorted = [...events].sort((a, b) => {
    const [keyA, keyB] = [sortKeyOf(a.date), sortKeyOf(b.date)]
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0
  })
  const groups: TimelineGroup[] = []
  for (const event of sorted) {
    const kind = event.date.precision === 'relative' ? 'relative' : 'month'
    const anchor =
      event.date.precision === 'relative' ? event.date.before : event.date.value.slice(0, 7)
    const key = `${kind}:${anchor}`
    const last = groups.at(-1)
    if (last?.key === key) last.events.push(event)
    else groups.push({ key, kind, anchor, events: [event] })
  }
  return groups
}
