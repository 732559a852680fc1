import { creditPhrase } from '../../src/lib/credit-wording.ts'
import { disagreementsIn, type DisagreementPage } from './disagreements.ts'
import {
  awardsForPerson,
  awardsForWork,
  citedSourceIds,
  collaboratorsOf,
  maxCollaborators,
  creditsForWork,
  filmographyFor,
  personSummary,
  servedSource,
  sourcesCitedIn,
  workSummary,
  type CreditWithPerson,
  type DatasetIndex,
} from './selectors.ts'
import { creditPageSize } from '../../src/features/cast/credit-pages.ts'
import { keyCredits } from '../../src/features/film/work-labels.ts'
import { featuredWorkSlug } from '../../src/data/site.ts'
import { groupByPage } from '../../src/features/sources/group-by-page.ts'

/*
 * Each page reads one small JSON payload written at build time (served from `api/` beside the
 * HTML), so a page downloads only what it shows, and a person page stays the same size however
 * large the catalogue grows.
 */

export function workPayload(
  index: DatasetIndex,
  slug: string,
  credits: CreditWithPerson[] = creditsForWork(index, slug),
) {
  const work = index.works.get(slug)
  if (!work) return null
  const body = {
    work,
    /** The first page of the work's credits; the rest are files of their own (creditPagePayload). */
    credits: credits.slice(0, creditPageSize),
    creditCount: credits.length,
    castCount: credits.filter((credit) => credit.department === 'cast').length,
    /** Key crew beyond the first page, which the head of the film page names all the same. */
    laterKeyCredits: keyCredits(credits).filter(
      (credit) => credits.indexOf(credit) >= creditPageSize,
    ),
    events: index.eventsByWork.get(slug) ?? [],
    ratings: index.ratingsByWork.get(slug) ?? [],
    charts: index.chartsByWork.get(slug) ?? [],
    awards: awardsForWork(index, slug),
  }
  // Every credit's sources, whichever page it is on, so a page fetched later cites the same list.
  return { ...body, sources: sourcesCitedIn(index, { ...body, credits }) }
}
export type WorkPayload = NonNullable<ReturnType<typeof workPayload>>

/** One page after the first of a work's credits (see src/features/cast/credit-pages.ts). */
export function creditPagePayload(credits: CreditWithPerson[], page: number) {
  return { credits: credits.slice(page * creditPageSize, (page + 1) * creditPageSize) }
}
export type CreditPagePayload = ReturnType<typeof creditPagePayload>

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

/** Where a source's facts appear in the app, so the sources pages can link to each of them. */
export type SupportedFact = {
  page: DisagreementPage
  /** What the fact is about, e.g. "Cast: Jeon Jong-seo as Ok-ju" or "Rating: IMDb". */
  label: string
}

/** Every fact each source supports, by source id, in one walk of the dataset. */
export function supportsBySource(index: DatasetIndex): Map<string, SupportedFact[]> {
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
  return supports
}

/** A source's facts under the page each appears on, each label once. */
function factsByPage(supports: SupportedFact[]) {
  return groupByPage(supports).map(({ page, items }) => ({
    page,
    facts: [...new Set(items.map((fact) => fact.label))],
  }))
}

/**
 * How many pages the sources page names for each source. A source cited across a catalogue would
 * otherwise list thousands of links there; the page says how many more, and the source's own page
 * has them all.
 */
export const maxListedPages = 24

/**
 * The sources page: every source with how many facts it supports on which pages, and every
 * disagreement. The facts themselves are on each source's own page, so this stays small however
 * many facts the catalogue has.
 */
export function sourceListPayload(
  index: DatasetIndex,
  supports = supportsBySource(index),
  disagreements = disagreementsIn(index),
) {
  return {
    sources: index.dataset.sources.map((source) => {
      const own = supports.get(source.id) ?? []
      const pages = factsByPage(own)
      return {
        ...servedSource(source),
        factCount: own.length,
        pages: pages
          .slice(0, maxListedPages)
          .map(({ page, facts }) => ({ page, factCount: facts.length })),
        pageCount: pages.length,
      }
    }),
    disagreements,
  }
}
export type SourceListPayload = ReturnType<typeof sourceListPayload>
export type SourceSummary = SourceListPayload['sources'][number]

/** One source's page: the source, every fact it supports, and where it differs or is doubted. */
export function sourcePayload(
  index: DatasetIndex,
  id: string,
  supports = supportsBySource(index),
  disagreements = disagreementsIn(index),
) {
  const source = index.sources.get(id)
  if (!source) return null
  const own = supports.get(id) ?? []
  const involved = disagreements.filter((item) =>
    item.kind === 'differ'
      ? item.claims.some((claim) => claim.sources.includes(id))
      : item.sources.includes(id),
  )
  const cited = citedSourceIds(involved)
  return {
    source: { ...servedSource(source), factCount: own.length, pages: factsByPage(own) },
    disagreements: involved,
    // Numbered as the sources page numbers them: this page has no list of its own to refer to.
    sources: index.dataset.sources.flatMap((other, position) =>
      cited.has(other.id) ? [{ ...servedSource(other), number: position + 1 }] : [],
    ),
  }
}
export type SourcePayload = NonNullable<ReturnType<typeof sourcePayload>>

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
