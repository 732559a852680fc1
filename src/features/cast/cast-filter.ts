import type { CreditWithPerson, Department } from '@/data/payload-types'
import { billings, departments } from '@/data/vocabulary'
import { matchesNameKeys, nameKeys, nameQuery, type NameKeys } from '@/lib/search/fold'

/*
 * The cast page's filters live in the URL (`dept`, `q`, `sort`), so a filtered view is a link
 * and back/forward just work. Anything unknown or malformed falls back to the default: a shared
 * link can be wrong, it can never break the page.
 */

const castSorts = ['billing', 'name'] as const
export type CastSort = (typeof castSorts)[number]

export type CastFilter = {
  /** `null` shows both departments. */
  dept: Department | null
  /** The text as typed (kept for the input); matching ignores case, spacing and hyphens. */
  q: string
  sort: CastSort
}

/** Long enough for any name; a pasted essay is cut rather than folded and matched. */
export const maxQueryLength = 100

export const defaultCastFilter: CastFilter = { dept: null, q: '', sort: 'billing' }

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null
}

export function parseCastFilter(params: URLSearchParams): CastFilter {
  return {
    dept: oneOf(departments, params.get('dept')),
    q: (params.get('q') ?? '').slice(0, maxQueryLength),
    sort: oneOf(castSorts, params.get('sort')) ?? 'billing',
  }
}

/** The filter as search params, defaults left out so the plain page keeps its plain URL. */
export function castFilterParams(filter: CastFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.dept) params.set('dept', filter.dept)
  if (filter.q.trim()) params.set('q', filter.q)
  if (filter.sort !== 'billing') params.set('sort', filter.sort)
  return params
}

/** Every name a reader might type for a credit: the person's, the character's, in every spelling. */
function namesOfCredit(credit: CreditWithPerson): string[] {
  const { person, character } = credit
  return [
    person.name,
    ...person.aliases,
    person.hangulName,
    character?.name,
    ...(character?.aliases.map((alias) => alias.name) ?? []),
    character?.hangulName?.value,
    credit.job,
  ].filter((name): name is string => Boolean(name))
}

const billingRank = (credit: CreditWithPerson) => billings.indexOf(credit.billing ?? 'crew')

const compareBilling = (a: CreditWithPerson, b: CreditWithPerson) => billingRank(a) - billingRank(b)

const compareName = (a: CreditWithPerson, b: CreditWithPerson) =>
  a.person.name.localeCompare(b.person.name, 'en') || compareBilling(a, b)

// Each credit's names are folded once: a catalogue-sized cast is filtered on every keystroke,
// and its list is rebuilt as each page of it arrives.
const foldedNames = new WeakMap<CreditWithPerson, NameKeys>()

function keysOf(credit: CreditWithPerson): NameKeys {
  let keys = foldedNames.get(credit)
  if (!keys) foldedNames.set(credit, (keys = nameKeys(namesOfCredit(credit))))
  return keys
}

/** The credits whose names match the query, in their order. */
export function creditsMatching(
  credits: readonly CreditWithPerson[],
  q: string,
): CreditWithPerson[] {
  const query = nameQuery(q)
  return credits.filter((credit) => matchesNameKeys(query, keysOf(credit)))
}

/** The department and order a filter asks for, applied to credits already matched by name. */
export function orderCredits(
  credits: readonly CreditWithPerson[],
  filter: Pick<CastFilter, 'dept' | 'sort'>,
): CreditWithPerson[] {
  const kept = credits.filter((credit) => !filter.dept || credit.department === filter.dept)
  // Array.prototype.sort is stable, so credits of equal rank keep the dataset's order.
  return kept.sort(filter.sort === 'name' ? compareName : compareBilling)
}

/** The credits the filter keeps, in its order; the input is never mutated. */
export function applyCastFilter(
  credits: readonly CreditWithPerson[],
  filter: CastFilter,
): CreditWithPerson[] {
  return orderCredits(creditsMatching(credits, filter.q), filter)
}

/** True when the filter differs from the plain, unfiltered page. */
export function isFiltered(filter: CastFilter): boolean {
  return castFilterParams(filter).size > 0
}
