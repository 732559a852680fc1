import type { Claim, Dataset } from './schema.ts'
import { sourcesDiffer } from '../../src/data/claims.ts'
import { featuredWorkSlug } from '../../src/data/site.ts'
import type { DatasetIndex } from './selectors.ts'
import { creditPhrase } from '../../src/lib/credit-wording.ts'

/*
 * Every place where the articles disagree with each other (a `Claimed` list whose values differ)
 * or where the editors doubt what an article says (a `doubt` field). The walk is generic over each
 * record, so a doubt added anywhere in data/ shows up here without touching this file.
 */

export type DisagreementPage = { kind: 'work' | 'person'; slug: string; title: string }

type Common = {
  /** Stable across builds: the record and the JSON path inside it. */
  key: string
  /** The field the fact sits in (`year`, `rank`, `facts`…); absent for the record as a whole. */
  field?: string
  page: DisagreementPage
  /** What the fact is about, e.g. "Chart: Netflix weekly Top 10 — rank". */
  label: string
}

export type Disagreement =
  | (Common & { kind: 'differ'; claims: Claim<string | number>[] })
  | (Common & { kind: 'doubt'; statement: string; doubt: string; sources: string[] })

/** How a field is named after its record's label; statements (`facts`) need no suffix. */
const fieldLabels: Record<string, string> = {
  year: 'year',
  rank: 'rank',
  platform: 'platform',
  genres: 'genre',
  logline: 'summary',
  facts: '',
  knownAs: 'known as',
  descriptions: 'character description',
  quotes: 'quotation',
}

function labelFor(recordLabel: string, field: string | undefined): string {
  const suffix = field === undefined ? '' : (fieldLabels[field] ?? field)
  return suffix ? `${recordLabel} — ${suffix}` : recordLabel
}

/** Lists of claims that hold several true values at once (a film has many genres), not rivals. */
const multiValuedFields = new Set(['genres'])

type Walked = { path: string[]; value: Record<string, unknown> }

/** Every object inside a record, with the keys that lead to it (array indexes left out). */
function objectsIn(value: unknown, path: string[] = [], found: Walked[] = []): Walked[] {
  if (Array.isArray(value)) {
    for (const item of value) objectsIn(item, path, found)
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    found.push({ path, value: record })
    for (const [key, child] of Object.entries(record)) objectsIn(child, [...path, key], found)
  }
  return found
}

function isClaimList(value: unknown): value is Claim<string | number>[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item) =>
        item !== null &&
        typeof item === 'object' &&
        'value' in item &&
        'sources' in item &&
        (typeof item.value === 'string' || typeof item.value === 'number'),
    )
  )
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []
}

function scan(
  record: object,
  key: string,
  page: DisagreementPage,
  recordLabel: string,
  statement: string,
): Disagreement[] {
  const found: Disagreement[] = []
  for (const { path, value } of objectsIn(record)) {
    const field = path.at(-1)
    for (const [childKey, child] of Object.entries(value)) {
      if (!multiValuedFields.has(childKey) && isClaimList(child) && sourcesDiffer(child)) {
        found.push({
          kind: 'differ',
          key: `${key}:${[...path, childKey].join('.')}`,
          field: childKey,
          page,
          label: labelFor(recordLabel, childKey),
          claims: child,
        })
      }
    }
    if (typeof value.doubt !== 'string') continue
    const said =
      typeof value.text === 'string'
        ? value.text
        : typeof value.value === 'string' || typeof value.value === 'number'
          ? `${field ?? 'value'}: ${value.value}`
          : statement
    found.push({
      kind: 'doubt',
      key: `${key}:${path.join('.')}:${found.length}`,
      ...(field ? { field } : {}),
      page,
      label: labelFor(recordLabel, field),
      statement: said.charAt(0).toUpperCase() + said.slice(1),
      doubt: value.doubt,
      sources: stringList(value.sources),
    })
  }
  return found
}

/** Disagreements and doubts across the dataset, grouped by the page where each fact appears. */
export function disagreementsIn(index: DatasetIndex): Disagreement[] {
  const { dataset } = index
  const workPage = (slug: string): DisagreementPage => ({
    kind: 'work',
    slug,
    title: index.works.get(slug)?.title ?? slug,
  })
  const personPage = (slug: string): DisagreementPage => ({
    kind: 'person',
    slug,
    title: index.people.get(slug)?.name ?? slug,
  })
  const personName = (slug: string) => index.people.get(slug)?.name ?? slug
  const found: Disagreement[] = []

  for (const work of dataset.works) {
    found.push(...scan(work, `work:${work.slug}`, workPage(work.slug), 'The work', work.title))
  }
  for (const person of dataset.people) {
    const page = personPage(person.slug)
    found.push(...scan(person, `person:${person.slug}`, page, 'Biography', person.name))
  }
  for (const credit of dataset.credits) {
    const who = personName(credit.person)
    const title = index.works.get(credit.work)?.title ?? credit.work
    const statement = `${creditPhrase(who, credit)} in ${title}`
    const label = `Credit: ${creditPhrase(who, credit)}`
    found.push(...scan(credit, `credit:${credit.id}`, workPage(credit.work), label, statement))
  }
  for (const event of dataset.events) {
    const label = `Timeline: ${event.title}`
    found.push(...scan(event, `event:${event.id}`, workPage(event.work), label, event.title))
  }
  for (const rating of dataset.ratings) {
    const label = `Rating: ${rating.site}`
    found.push(...scan(rating, `rating:${rating.id}`, workPage(rating.work), label, label))
  }
  for (const chart of dataset.charts) {
    const label = `Chart: ${chart.chart}`
    found.push(...scan(chart, `chart:${chart.id}`, workPage(chart.work), label, chart.chart))
  }
  for (const award of dataset.awards) {
    const page = award.person ? personPage(award.person) : workPage(award.work ?? featuredWorkSlug)
    const what = [award.ceremony, award.edition, award.category].filter(Boolean).join(' ')
    const label = `Award: ${[award.ceremony, award.category].filter(Boolean).join(' — ') || 'unnamed'}`
    const who = award.person ? personName(award.person) : page.title
    const statement = `${who} ${award.outcome === 'won' ? 'won' : 'was nominated for'} ${what || 'an award'}${award.year ? ` (${award.year})` : ''}`
    found.push(...scan(award, `award:${award.id}`, page, label, statement))
  }
  return found
}

/** How many `doubt` fields a dataset holds; the tests check that every one is listed. */
export function countDoubts(dataset: Dataset): number {
  return objectsIn(dataset).filter(({ value }) => typeof value.doubt === 'string').length
}
