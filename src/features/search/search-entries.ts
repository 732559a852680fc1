import { paths } from '../../config/paths.ts'
import type { SearchPayload } from '../../data/payload-types.ts'
import { plays } from '../../lib/credit-wording.ts'
import { workKindLabels } from '../../lib/work-kinds.ts'
import type { SearchEntry, SearchName } from '../../lib/search/search-index.ts'

/*
 * The records the search looks through, and their compact form in the shard files. Relative
 * imports: the build writes the shards with this same code.
 */

export type ResultKind = 'person' | 'character' | 'work' | 'event'

export type Entry = SearchEntry & {
  kind: ResultKind
  id: string
  title: string
  /** Who or what the record belongs to: "Jeon Jong-seo plays Ok-ju in Ballerina". */
  context?: string
  href: string
}

/** Personal names may be written family name first or last; titles may not. */
const reordered: Record<ResultKind, boolean> = {
  person: true,
  character: true,
  work: false,
  event: false,
}
/** People before the characters they play, then works, then events, among equal matches. */
const weights: Record<ResultKind, number> = { person: 0, character: 1, work: 2, event: 3 }

function spellings(name: string, aliases: readonly string[], hangul?: string): SearchName[] {
  return [
    { text: name, role: 'name' },
    ...aliases.map((text) => ({ text, role: 'alias' as const })),
    ...(hangul ? [{ text: hangul, role: 'hangul' as const }] : []),
  ]
}

function entry(
  kind: ResultKind,
  fields: { id: string; title: string; context?: string; href: string },
  aliases: readonly string[],
  hangul?: string,
): Entry {
  return {
    kind,
    ...fields,
    names: spellings(fields.title, aliases, hangul),
    reorder: reordered[kind],
    weight: weights[kind],
  }
}

/** Every searchable record of the catalogue, in the order ties between equal matches keep. */
export function entriesOf(payload: SearchPayload): Entry[] {
  const titles = new Map(payload.works.map((work) => [work.slug, work.title]))
  const people = payload.people.flatMap((person): Entry[] => [
    entry(
      'person',
      {
        id: `person:${person.slug}`,
        title: person.name,
        context: person.knownAs,
        href: paths.person(person.slug),
      },
      person.aliases,
      person.hangulName,
    ),
    ...person.characters.map((character) =>
      entry(
        'character',
        {
          id: `character:${person.slug}:${character.work}:${character.name}`,
          title: character.name,
          context: `${person.name} ${plays([character.name])} in ${titles.get(character.work) ?? character.work}`,
          href: paths.person(person.slug),
        },
        character.aliases,
        character.hangulName,
      ),
    ),
  ])
  const works = payload.works.map((work) =>
    entry(
      'work',
      {
        id: `work:${work.slug}`,
        title: work.title,
        context: [work.kind === 'unknown' ? undefined : workKindLabels[work.kind], work.year]
          .filter(Boolean)
          .join(' · '),
        href: paths.film(work.slug),
      },
      work.aliases,
      work.hangulTitle,
    ),
  )
  const events = payload.events.map((event) =>
    entry(
      'event',
      {
        id: `event:${event.id}`,
        title: event.title,
        context: `On the timeline of ${titles.get(event.work) ?? event.work}`,
        href: paths.timeline(event.work),
      },
      [],
    ),
  )
  return [...people, ...works, ...events]
}

/**
 * A record in a shard file: its place among all records first, so records merged from several
 * shards keep the whole catalogue's order and rank exactly as they would there.
 */
export type ShardRecord = [
  place: number,
  kind: ResultKind,
  id: string,
  title: string,
  context: string,
  href: string,
  aliases: string[],
  hangul: string,
]

export function toShardRecord(record: Entry, place: number): ShardRecord {
  const aliases = record.names.filter((name) => name.role === 'alias').map((name) => name.text)
  const hangul = record.names.find((name) => name.role === 'hangul')?.text ?? ''
  return [
    place,
    record.kind,
    record.id,
    record.title,
    record.context ?? '',
    record.href,
    aliases,
    hangul,
  ]
}

export function fromShardRecord([, kind, id, title, context, href, aliases, hangul]: ShardRecord) {
  return entry(
    kind,
    { id, title, context: context || undefined, href },
    aliases,
    hangul || undefined,
  )
}
