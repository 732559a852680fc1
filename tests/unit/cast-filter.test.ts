import { describe, expect, it } from 'vitest'
import { indexDataset, creditsForWork } from '../../build/dataset/selectors'
import {
  applyCastFilter,
  castFilterParams,
  defaultCastFilter,
  isFiltered,
  maxQueryLength,
  parseCastFilter,
} from '@/features/cast/cast-filter'
import { loadAndValidate } from '../../build/dataset/load'

const { dataset } = loadAndValidate('data')
if (!dataset) throw new Error('data/ is invalid: run validate:data')
const credits = creditsForWork(indexDataset(dataset), 'ballerina-2023')

const parse = (search: string) => parseCastFilter(new URLSearchParams(search))
const names = (search: string) =>
  applyCastFilter(credits, parse(search)).map((credit) => credit.person.name)

describe('parseCastFilter', () => {
  it('reads dept, q and sort', () => {
    expect(parse('dept=crew&q=gray&sort=name')).toEqual({ dept: 'crew', q: 'gray', sort: 'name' })
  })

  it('falls back to the defaults for unknown or malformed values', () => {
    expect(parse('dept=bogus&sort=%E0%A4%A')).toEqual(defaultCastFilter)
    expect(parse('dept=CAST&sort=')).toEqual(defaultCastFilter)
    expect(parse('')).toEqual(defaultCastFilter)
  })

  it('cuts an absurdly long query', () => {
    expect(parse(`q=${'a'.repeat(10_000)}`).q).toHaveLength(maxQueryLength)
  })
})

describe('castFilterParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(castFilterParams(defaultCastFilter).toString()).toBe('')
    expect(isFiltered(defaultCastFilter)).toBe(false)
    expect(castFilterParams({ dept: 'cast', q: 'kim', sort: 'name' }).toString()).toBe(
      'dept=cast&q=kim&sort=name',
    )
  })

  it('round-trips through parse', () => {
    const filter = { dept: 'crew' as const, q: 'Lee Choong', sort: 'billing' as const }
    expect(parseCastFilter(castFilterParams(filter))).toEqual(filter)
  })
})

describe('applyCastFilter', () => {
  it('keeps every credit, leads first, without a filter', () => {
    expect(names('')).toHaveLength(9)
    expect(names('')[0]).toBe('Jeon Jong-seo')
  })

  it('filters by department', () => {
    expect(names('dept=cast')).toEqual([
      'Jeon Jong-seo',
      'Kim Ji-hoon',
      'Park Yu-rim',
      'Shin Se-hwi',
      'Kim Mu-yeol',
    ])
    expect(names('dept=crew')).toEqual(['Lee Chung-hyun', 'Lee Chung-hyun', 'Gray', 'Kim Min-hye'])
  })

  it('matches every spelling of a name and of a character', () => {
    expect(names('q=ok-joo')).toEqual(['Jeon Jong-seo'])
    expect(names('q=Ji Hun-Kim')).toEqual(['Kim Ji-hoon'])
    expect(names('q=Lee Choong Hyun')).toEqual(['Lee Chung-hyun', 'Lee Chung-hyun'])
    expect(names('q=minhee')).toEqual(['Park Yu-rim'])
    expect(names('q=choi pro')).toEqual(['Kim Ji-hoon'])
    expect(names('q=전종서')).toEqual(['Jeon Jong-seo'])
    expect(names('q=옥주')).toEqual(['Jeon Jong-seo'])
    expect(names('q=JEON JONG SOO')).toEqual(['Jeon Jong-seo'])
  })

  it('combines the query with the department', () => {
    expect(names('q=kim&dept=crew')).toEqual(['Kim Min-hye'])
    expect(names('q=ok-joo&dept=crew')).toEqual([])
  })

  it('sorts by name, keeping billing order for the same name', () => {
    const sorted = applyCastFilter(credits, parse('sort=name'))
    expect(sorted.map((credit) => credit.person.name)).toEqual([
      'Gray',
      'Jeon Jong-seo',
      'Kim Ji-hoon',
      'Kim Min-hye',
      'Kim Mu-yeol',
      'Lee Chung-hyun',
      'Lee Chung-hyun',
      'Park Yu-rim',
      'Shin Se-hwi',
    ])
    expect(sorted.filter((c) => c.person.slug === 'lee-chung-hyun').map((c) => c.job)).toEqual([
      'Director',
      'Writer',
    ])
  })

  it('treats markup and junk as plain text, never as an error', () => {
    expect(names('q=<script>alert(1)</script>')).toEqual([])
    expect(names(`q=${'a'.repeat(10_000)}`)).toEqual([])
    expect(names('q=%20%20')).toHaveLength(9)
  })

  it('does not reorder the list it is given', () => {
    const before = credits.map((credit) => credit.id)
    applyCastFilter(credits, parse('sort=name'))
    expect(credits.map((credit) => credit.id)).toEqual(before)
  })
})
