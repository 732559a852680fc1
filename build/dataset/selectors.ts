import type { Award, Billing, Credit, Dataset, Person, Source, Work } from './schema.ts'
import { firstClaimValue } from '../../src/data/claims.ts'
import { featuredWorkSlug } from '../../src/data/site.ts'

/*
 * Pure selectors over the dataset. They run at build time (to write each page's payload) and in
 * unit tests; the browser only ever sees their output, never the whole dataset.
 */

const billingOrder: Record<Billing, number> = { lead: 0, supporting: 1, guest: 2, crew: 3 }

/** A person as other pages mention them: enough for a card or a link, nothing more. */
export function personSummary(person: Person) {
  return {
    slug: person.slug,
    name: person.name,
    hangulName: person.hangulName?.value,
    aliases: person.aliases.map((alias) => alias.name),
    knownAs: person.knownAs.value,
  }
}
export type PersonSummary = ReturnType<typeof personSummary>

export function workSummary(work: Work) {
  return {
    slug: work.slug,
    title: work.title,
    kind: work.kind,
    year: firstClaimValue(work.year),
    hangulTitle: work.hangulTitle?.value,
  }
}
export type WorkSummary = ReturnType<typeof workSummary>

function bySlug<T extends { slug: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.slug, record]))
}

/** Lookup tables built once per dataset; selectors take them instead of rescanning arrays. */
export function indexDataset(dataset: Dataset) {
  const group = <T, K>(records: T[], key: (record: T) => K | undefined) => {
    const groups = new Map<K, T[]>()
    for (const record of records) {
      const value = key(record)
      if (value === undefined) continue
      const list = groups.get(value)
      if (list) list.push(record)
      else groups.set(value, [record])
    }
    return groups
  }
  return {
    dataset,
    works: bySlug(dataset.works),
    people: bySlug(dataset.people),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
    creditsByWork: group(dataset.credits, (credit) => credit.work),
    creditsByPerson: group(dataset.credits, (credit) => credit.person),
    eventsByWork: group(dataset.events, (event) => event.work),
    ratingsByWork: group(dataset.ratings, (rating) => rating.work),
    chartsByWork: group(dataset.charts, (chart) => chart.work),
    awardsByWork: group(dataset.awards, (award) => award.work),
    awardsByPerson: group(dataset.awards, (award) => award.person),
  }
}
export type DatasetIndex = ReturnType<typeof indexDataset>

function compareCredits(a: Credit, b: Credit): number {
  return billingOrder[a.billing ?? 'crew'] - billingOrder[b.billing ?? 'crew']
}

/** Cast first (leads, then supporting, then guests), crew after, each in dataset order. */
export function creditsForWork(index: DatasetIndex, workSlug: string) {
  const credits = [...(index.creditsByWork.get(workSlug) ?? [])].sort(compareCredits)
  return credits.flatMap((credit) => {
    const person = index.people.get(credit.person)
    return person ? [{ ...credit, person: personSummary(person) }] : []
  })
}
export type CreditWithPerson = ReturnType<typeof creditsForWork>[number]

/** A person's credits in chronological order; works without a known year come last. */
export function filmographyFor(index: DatasetIndex, personSlug: string) {
  const credits = (index.creditsByPerson.get(personSlug) ?? []).flatMap((credit) => {
    const work = index.works.get(credit.work)
    return work ? [{ ...credit, work: workSummary(work) }] : []
  })
  return credits.sort(
    (a, b) =>
      (a.work.year ?? Number.POSITIVE_INFINITY) - (b.work.year ?? Number.POSITIVE_INFINITY) ||
      a.work.title.localeCompare(b.work.title),
  )
}
export type CreditWithWork = ReturnType<typeof filmographyFor>[number]

/**
 * People who share a credit with this person on works other than the featured film — the
 * featured film's cast is on every page already, so the interesting links are the older ones.
 */
export function collaboratorsOf(index: DatasetIndex, personSlug: string) {
  const collaborators = new Map<string, { person: PersonSummary; works: WorkSummary[] }>()
  for (const credit of index.creditsByPerson.get(personSlug) ?? []) {
    const work = index.works.get(credit.work)
    if (!work || work.slug === featuredWorkSlug) continue
    for (const other of index.creditsByWork.get(work.slug) ?? []) {
      const person = index.people.get(other.person)
      if (!person || person.slug === personSlug) continue
      const entry = collaborators.get(person.slug) ?? { person: personSummary(person), works: [] }
      if (!entry.works.some((shared) => shared.slug === work.slug)) {
        entry.works.push(workSummary(work))
      }
      collaborators.set(person.slug, entry)
    }
  }
  // Those who share the most works first: with a cap on the list, they are the ones to keep.
  const rank = nameRanks(index)
  return [...collaborators.values()].sort(
    (a, b) =>
      b.works.length - a.works.length ||
      (rank.get(a.person.name) ?? 0) - (rank.get(b.person.name) ?? 0),
  )
}

const nameRanksByIndex = new WeakMap<DatasetIndex, Map<string, number>>()

/**
 * Every person's name with its place in English collation order (names the collator calls equal
 * share one), worked out once per dataset: a catalogue-sized cast would otherwise collate each
 * member's thousands of collaborators again. (This runs when the payloads are built; a browser
 * never pays for the collator's data.)
 */
function nameRanks(index: DatasetIndex): Map<string, number> {
  let ranks = nameRanksByIndex.get(index)
  if (ranks) return ranks
  const nameOrder = new Intl.Collator('en')
  const names = [...new Set([...index.people.values()].map((person) => person.name))].sort(
    nameOrder.compare,
  )
  ranks = new Map()
  let rank = 0
  for (const [at, name] of names.entries()) {
    if (at > 0 && nameOrder.compare(names[at - 1] ?? '', name) !== 0) rank += 1
    ranks.set(name, rank)
  }
  nameRanksByIndex.set(index, ranks)
  return ranks
}

/**
 * How many collaborators a person page lists. Someone in a catalogue-sized cast would otherwise
 * carry every co-worker in their page's payload (hundreds of kB); the page says how many more.
 */
export const maxCollaborators = 24

/** Every source id cited anywhere inside a value, in first-seen order. */
export function citedSourceIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citedSourceIds(item, found)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string') found.add(id)
      } else {
        citedSourceIds(child, found)
      }
    }
  }
  return found
}

/**
 * A source as the site serves it. `file`, the name of the text the article was read from, links
 * the data to the article for maintainers and means nothing to a reader, so no payload carries it.
 */
type ServedSource = Omit<Source, 'file'>

export function servedSource(source: Source): ServedSource {
  const served = { ...source }
  delete served.file
  return served
}

/**
 * The source records a payload cites, so each page can show its sources without another fetch.
 * In dataset order, so a source keeps the same citation number on every page.
 */
export function sourcesCitedIn(index: DatasetIndex, value: unknown): ServedSource[] {
  const cited = citedSourceIds(value)
  return index.dataset.sources.filter((source) => cited.has(source.id)).map(servedSource)
}

export function awardsForPerson(index: DatasetIndex, personSlug: string) {
  return withAwardWork(index, index.awardsByPerson.get(personSlug) ?? [])
}

export function awardsForWork(index: DatasetIndex, workSlug: string) {
  return withAwardWork(index, index.awardsByWork.get(workSlug) ?? [])
}

function withAwardWork(index: DatasetIndex, awards: Award[]) {
  return awards
    .map((award) => {
      const work = award.work ? index.works.get(award.work) : undefined
      const person = award.person ? index.people.get(award.person) : undefined
      return {
        ...award,
        work: work ? workSummary(work) : undefined,
        person: person ? personSummary(person) : undefined,
      }
    })
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999))
}
export type AwardView = ReturnType<typeof awardsForPerson>[number]
