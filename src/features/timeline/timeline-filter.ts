import type { Event, EventKind } from '@/data/payload-types'
import { useHydrated } from '@/lib/use-hydrated'
import { eventKindLabels, kindsFromSearch } from './event-kinds'

/** How many events there are of each kind, in the order the kinds first appear. */
function countByKind(events: Event[]): Map<EventKind, number> {
  const counts = new Map<EventKind, number>()
  for (const event of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1)
  return counts
}

/** The kinds chosen in the URL and the events they leave shown. */
export function useTimelineFilter(events: Event[], search: URLSearchParams) {
  const counts = countByKind(events)
  // Prerendered pages carry no search params: the filter applies once the page has hydrated.
  const hydrated = useHydrated()
  const active = hydrated ? kindsFromSearch(search) : []
  const shown = active.length === 0 ? events : events.filter((e) => active.includes(e.kind))
  return {
    counts,
    present: [...counts.keys()],
    active,
    shown,
    activeNames: active.map((kind) => eventKindLabels[kind]).join(', '),
  }
}
