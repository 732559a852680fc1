import { creditPhrase } from '../../src/lib/credit-wording.ts'
import { disagreementsIn } from './disagreements.ts'
import type { Dataset } from './schema.ts'
import {
  awardsForPerson,
  awardsForWork,
  citedSourceIds,
  collaboratorsOf,
  maxCollaborators,
  creditsForWork,
  filmographyFor,
  indexDataset,
  personSummary,
  servedSource,
  sourcesCitedIn,
  workSummary,
  type DatasetIndex,
} from './selectors.ts'
import { payloadPaths } from '../../src/data/payload-paths.ts'
import { entriesOf } from '../../src/features/search/search-entries.ts'
import { searchShards } from './search-shards.ts'
import { featuredWorkSlug } from '../../src/data/site.ts'

/*
 * Each page reads one small JSON payload written at build time (served from `api/` beside the
 * HTML), so a page downloads only what it shows, and a person page stays the same size however
 * large the catalogue grows.
 */

export function workPayload(index: DatasetIndex, slug: string) {
  const work = index.works.get(slug)
  if (!work) return null
  const body = {
    work,
    credits: creditsForWork(index, slug),
    events: index.eventsByWork.get(slug) ?? [],
    ratings: index.ratingsByWork.get(slug) ?? [],
    charts: index.chartsByWork.get(slug) ?? [],
    awards: awardsForWork(index, slug),
  }
  return { ...body, sources: sourcesCitedIn(index, body) }
}
export type WorkPayload = NonNullable<ReturnType<typeof workPayload>>

export function personPayload(index: DatasetIndex, slug: string) {
  const person = index.people.get(slug)
  if (!person) return null
  const collaborators = collaboratorsOf(index, slug)
  const body = {
    person,
    filmography: filmographyFor(index, slug),
    awards: awardsForPerson(index, slug),
    collaborators: collaborators.slice(0, maxCollaborators),
    collaboratorCount: collaborators.length,
  }
  return { ...body, sources: sourcesCitedIn(index, body) }
}
export type PersonPayload = NonNullable<ReturnType<typeof personPayload>>

/** Where a source's facts appear in the app, so the sources page can link to each of them. */
export type SupportedFact = {
  page: { kind: 'work' | 'person'; slug: string; title: string }
  /** What the fact is about, e.g. "Cast: Jeon Jong-seo as Ok-ju" or "Rating: IMDb". */
  label: string
}

export function sourcesPayload(index: DatasetIndex) {
  const { dataset } = index
  const supports = new Map<string, SupportedFact[]>(dataset.sources.map((s) => [s.id, []]))
  const record = (value: unknown, fact: SupportedFact) => {
    for (const id of citedSourceIds(value)) supports.get(id)?.push(fact)
  }
  const workPage = (slug: string) => ({
    kind: 'work' as const,
    slug,
    title: index.works.get(slug)?.title ?? slug,
  })
  const personPage = (slug: string) => ({
    kind: 'person' as const,
    slug,
    title: index.people.get(slug)?.name ?? slug,
  })

  for (const work of dataset.works) record(work, { page: workPage(work.slug), label: 'The work' })
  for (const person of dataset.people) {
    record(person, { page: personPage(person.slug), label: 'Biography and names' })
  }
  for (const credit of dataset.credits) {
    const who = index.people.get(credit.person)?.name ?? credit.person
    record(credit, { page: workPage(credit.work), label: `Credit: ${creditPhrase(who, credit)}` })
  }
  for (const event of dataset.events) {
    record(event, { page: workPage(event.work), label: `Timeline: ${event.title}` })
  }
  for (const rating of dataset.ratings) {
    record(rating, { page: workPage(rating.work), label: `Rating: ${rating.site}` })
  }
  for (const chart of dataset.charts) {
    record(chart, { page: workPage(chart.work), label: `Chart: ${chart.chart}` })
  }
  for (const award of dataset.awards) {
    const page = award.person ? personPage(award.person) : workPage(award.work ?? featuredWorkSlug)
    const label = [award.ceremony, award.category].filter(Boolean).join(' — ')
    record(award, { page, label: `Award: ${label || 'unnamed'}` })
  }

  return {
    sources: dataset.sources.map((source) => ({
      ...servedSource(source),
      supports: supports.get(source.id) ?? [],
    })),
    disagreements: disagreementsIn(index),
  }
}
export type SourcesPayload = ReturnType<typeof sourcesPayload>
export type SourceWithSupport = SourcesPayload['sources'][number]

/** Names, spellings and titles the search and the not-found suggestions look through. */
export function searchPayload(index: DatasetIndex) {
  const { dataset } = index
  return {
    people: dataset.people.map((person) => ({
      ...personSummary(person),
      characters: (index.creditsByPerson.get(person.slug) ?? []).flatMap((credit) =>
        credit.character
          ? [
              {
                name: credit.character.name,
                aliases: credit.character.aliases.map((alias) => alias.name),
                hangulName: credit.character.hangulName?.value,
                work: credit.work,
              },
            ]
          : [],
      ),
    })),
    works: dataset.works.map((work) => ({
      ...workSummary(work),
      aliases: work.aliases.map((alias) => alias.name),
    })),
    events: dataset.events.map((event) => ({
      id: event.id,
      work: event.work,
      title: event.title,
      kind: event.kind,
    })),
  }
}
export type SearchPayload = ReturnType<typeof searchPayload>

/** Every payload file the site serves, keyed by its path under `api/`. */
export function payloadFiles(dataset: Dataset): Map<string, unknown> {
  const index = indexDataset(dataset)
  const files = new Map<string, unknown>()
  for (const work of dataset.works)
    files.set(payloadPaths.work(work.slug), workPayload(index, work.slug))
  for (const person of dataset.people) {
    files.set(payloadPaths.person(person.slug), personPayload(index, person.slug))
  }
  files.set(payloadPaths.sources, sourcesPayload(index))
  const { manifest, shards } = searchShards(entriesOf(searchPayload(index)))
  files.set(payloadPaths.searchManifest, manifest)
  for (const [id, shard] of shards) files.set(payloadPaths.searchShard(id), shard)
  files.set(payloadPaths.dataset, { ...dataset, sources: dataset.sources.map(servedSource) })
  return files
}
