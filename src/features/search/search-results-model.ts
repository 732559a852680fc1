import { paths } from '@/config/paths'
import type { SearchPayload } from '@/data/payload-types'
import { plays } from '@/lib/credit-wording'
import {
  createSearchIndex,
  describeMatch,
  type SearchEntry,
  type SearchHit,
  type SearchIndex,
  type SearchName,
} from '@/lib/search/search-index'

type ResultKind = 'person' | 'character' | 'work' | 'event'

/** Headings of the groups on the /search page, in the order they are shown. */
export const resultKinds: { kind: ResultKind; heading: string; label: string }[] = [
  { kind: 'person', heading: 'People', label: 'Person' },
  { kind: 'character', heading: 'Characters', label: 'Character' },
  { kind: 'work', heading: 'Films and series', label: 'Work' },
  { kind: 'event', heading: 'Timeline events', label: 'Event' },
]

type Entry = SearchEntry & {
  kind: ResultKind
  id: string
  title: string
  /** Who or what the record belongs to: "Jeon Jong-seo plays Ok-ju in Ballerina". */
  context?: string
  href: string
}

export type SearchResult = {
  kind: ResultKind
  id: string
  title: string
  context?: string
  href: string
  /** Why it matched: "Also written Ok-joo", "Hangul initials ㅈㅈㅅ (전종서)". */
  reason: string
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

function spellings(name: string, aliases: readonly string[], hangul?: string): SearchName[] {
  return [
    { text: name, role: 'name' },
    ...aliases.map((text) => ({ text, role: 'alias' as const })),
    ...(hangul ? [{ text: hangul, role: 'hangul' as const }] : []),
  ]
}

function entriesOf(payload: SearchPayload): Entry[] {
  const titles = new Map(payload.works.map((work) => [work.slug, work.title]))
  const people = payload.people.flatMap((person): Entry[] => [
    {
      kind: 'person',
      id: `person:${person.slug}`,
      title: person.name,
      context: person.knownAs,
      href: paths.person(person.slug),
      names: spellings(person.name, person.aliases, person.hangulName),
      reorder: true,
      weight: 0,
    },
    ...person.characters.map((character): Entry => ({
      kind: 'character',
      id: `character:${person.slug}:${character.work}:${character.name}`,
      title: character.name,
      context: `${person.name} ${plays([character.name])} in ${titles.get(character.work) ?? character.work}`,
      href: paths.person(person.slug),
      names: spellings(character.name, character.aliases, character.hangulName),
      reorder: true,
      weight: 1,
    })),
  ])
  const works = payload.works.map((work): Entry => ({
    kind: 'work',
    id: `work:${work.slug}`,
    title: work.title,
    context: [work.kind === 'unknown' ? undefined : capitalise(work.kind), work.year]
      .filter(Boolean)
      .join(' · '),
    href: paths.film(work.slug),
    names: spellings(work.title, work.aliases, work.hangulTitle),
    weight: 2,
  }))
  const events = payload.events.map((event): Entry => ({
    kind: 'event',
    id: `event:${event.id}`,
    title: event.title,
    context: `On the timeline of ${titles.get(event.work) ?? event.work}`,
    href: paths.timeline(event.work),
    names: spellings(event.title, []),
    weight: 3,
  }))
  return [...people, ...works, ...events]
}

function toResult(hit: SearchHit<Entry>): SearchResult {
  const { entry } = hit
  const noun = entry.kind === 'work' || entry.kind === 'event' ? 'title' : 'name'
  return {
    kind: entry.kind,
    id: entry.id,
    title: entry.title,
    context: entry.context || undefined,
    href: entry.href,
    reason: describeMatch(hit, noun),
  }
}

// The payload object never changes while the app runs: build its index once.
const indexes = new WeakMap<SearchPayload, SearchIndex<Entry>>()
function indexOf(payload: SearchPayload): SearchIndex<Entry> {
  let index = indexes.get(payload)
  if (!index) {
    index = createSearchIndex(entriesOf(payload))
    indexes.set(payload, index)
  }
  return index
}

export function searchCatalogue(payload: SearchPayload, query: string, limit = 50): SearchResult[] {
  return indexOf(payload).search(query, { limit }).map(toResult)
}

/** The closest records to a mistyped URL slug such as "jeon-jongseo". */
export function closestTo(payload: SearchPayload, text: string, limit = 5): SearchResult[] {
  return indexOf(payload).closest(text, { limit }).map(toResult)
}
