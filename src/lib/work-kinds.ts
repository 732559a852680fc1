import type { Work } from '../data/payload-types.ts'

/* What each kind of work is called, on badges, in page meta and on Open Graph images alike. */

/** As a label on its own, e.g. a badge or a fact. */
export const workKindLabels: Record<Work['kind'], string> = {
  film: 'Film',
  series: 'TV series',
  unknown: 'Kind not stated',
}

/** As a noun inside a sentence, where an unstated kind is simply a work. */
export const workKindNouns: Record<Work['kind'], string> = {
  film: 'film',
  series: 'TV series',
  unknown: 'work',
}
