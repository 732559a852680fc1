// Relative imports: the build's page meta names event kinds with these labels too.
import type { EventKind } from '../../data/payload-types.ts'
import { eventKinds } from '../../data/vocabulary.ts'

export const eventKindLabels: Record<EventKind, string> = {
  production: 'Production',
  announcement: 'Announcement',
  festival: 'Festival',
  release: 'Release',
  chart: 'Chart',
  'making-of': 'Making-of',
  interview: 'Interview',
  remarks: 'Remarks',
}

/** The two moments a reader looks for first; they get a larger marker and a label in words. */
export const milestoneLabels: Partial<Record<EventKind, string>> = {
  festival: 'Festival premiere',
  release: 'Release',
}

export const isMilestone = (kind: EventKind) => kind in milestoneLabels

/**
 * The kinds asked for in `?kind=`: a comma list, the parameter repeated, or both. Anything that is
 * not a kind is ignored, so a mistyped or tampered link shows the whole timeline, never an error.
 */
export function kindsFromSearch(search: URLSearchParams): EventKind[] {
  const asked = new Set(
    search
      .getAll('kind')
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().toLowerCase()),
  )
  return eventKinds.filter((kind) => asked.has(kind))
}

/** The query string that shows only these kinds; empty for the whole timeline. */
export function searchForKinds(kinds: EventKind[]): string {
  return kinds.length === 0 ? '' : `?${new URLSearchParams({ kind: kinds.join(',') })}`
}
