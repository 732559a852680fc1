import { describe, expect, it } from 'vitest'
import { searchPayload, type SearchPayload } from '../../build/dataset/payloads'
import { indexDataset } from '../../build/dataset/selectors'
import {
  closestTo,
  searchCatalogue,
  type SearchResult,
} from '../../src/features/search/search-results-model'
import { entriesOf } from '../../src/features/search/search-entries'
import {
  foldName,
  matchesNameKeys,
  nameKeys,
  nameQuery,
  otherOrders,
  soundKey,
} from '../../src/lib/search/fold'
import { initialsKey, isInitialsQuery, jamoKey } from '../../src/lib/search/hangul'
import { createSearchIndex } from '../../src/lib/search/search-index'
import { loadAndValidate } from '../../build/dataset/load'

/** The cast filter's match, as cast-filter.ts makes it: a folded query against a credit's name keys. */
const castFilterMatches = (query: string, names: readonly string[]) =>
  matchesNameKeys(nameQuery(query), nameKeys(names))

const { dataset } = loadAndValidate('data')
if (!dataset) throw new Error('data/ is invalid')
const payload: SearchPayload = searchPayload(indexDataset(dataset))
const catalogue = entriesOf(payload)

const search = (query: string) => searchCatalogue(catalogue, query, 10)
const top = (query: string): SearchResult | undefined => search(query)[0]

describe('foldName', () => {
  it('folds case, hyphens, spaces, apostrophes and diacritics', () => {
    const folded = [
      'Jeon Jong-Seo',
      'jeon jongseo',
      'JEON JONG SEO',
      'Jeon Jong-seo',
      'Jéon Jong’seo',
    ]
    expect(new Set(folded.map(foldName))).toEqual(new Set(['jeonjongseo']))
    expect(foldName('Min-hee')).toBe(foldName('Minhee'))
    expect(foldName('Choi Pro')).toBe(foldName('Choi-pro'))
    expect(foldName('Park Yu-rim')).toBe(foldName('Park Yu Rim'))
    expect(foldName('Gray')).toBe(foldName('GRAY'))
  })

  it('keeps Hangul syllables whole and full-width letters plain', () => {
    expect(foldName('전 종서')).toBe('전종서')
    expect(foldName('ＧＲＡＹ')).toBe('gray')
  })
})

describe('romanisation variants and name order', () => {
  it('maps eo/o, oo/u, ch/j and ee/i to one spelling', () => {
    expect(soundKey(foldName('Ok-joo'))).toBe(soundKey(foldName('Ok-ju')))
    expect(soundKey(foldName('Lee Choong Hyun'))).toBe(soundKey(foldName('Lee Chung-hyun')))
    expect(soundKey(foldName('Kim Ji Hoon'))).toBe(soundKey(foldName('Kim Ji-hun')))
    expect(soundKey(foldName('Jeon Jong-seo'))).toBe(soundKey(foldName('Jon Jong-so')))
    expect(soundKey('minhee')).toBe(soundKey('minhi'))
  })

  it('offers the other name orders', () => {
    expect(otherOrders(['chung', 'hyun', 'lee']).map((words) => words.join(' '))).toContain(
      'lee chung hyun',
    )
    expect(otherOrders(['kim', 'ji', 'hoon']).map((words) => words.join(' '))).toContain(
      'ji hoon kim',
    )
    expect(otherOrders(['gray'])).toEqual([])
  })
})

describe("the cast filter's name match", () => {
  it('finds every spelling the articles use', () => {
    expect(castFilterMatches('ok-joo', ['Ok-ju', 'Ok-joo'])).toBe(true)
    expect(castFilterMatches('ok-ju', ['Ok-ju'])).toBe(true)
    expect(castFilterMatches('okjoo', ['Ok-ju'])).toBe(true)
    expect(castFilterMatches('minhee', ['Min-hee'])).toBe(true)
    expect(castFilterMatches('choi-pro', ['Choi Pro'])).toBe(true)
    expect(castFilterMatches('jeon jongseo', ['Jeon Jong-seo'])).toBe(true)
    expect(castFilterMatches('lee chunghyun', ['Lee Chung-hyun'])).toBe(true)
    expect(castFilterMatches('choong', ['Lee Chung-hyun'])).toBe(true)
    expect(castFilterMatches('Chung-Hyun Lee', ['Lee Chung-hyun'])).toBe(true)
    expect(castFilterMatches('jihoon kim', ['Kim Ji-hoon'])).toBe(true)
    expect(castFilterMatches('전종', ['Jeon Jong-seo', '전종서'])).toBe(true)
  })

  it('matches everything when empty and nothing unrelated', () => {
    expect(castFilterMatches('', ['Gray'])).toBe(true)
    expect(castFilterMatches('   ', ['Gray'])).toBe(true)
    expect(castFilterMatches('gray', ['Jeon Jong-seo', 'Ok-ju'])).toBe(false)
  })
})

describe('Hangul keys (es-hangul)', () => {
  it('takes syllables apart into jamo, so half-typed syllables still match', () => {
    expect(jamoKey('전종서').startsWith(jamoKey('전종ㅅ'))).toBe(true)
    expect(jamoKey('전종서').startsWith(jamoKey('전조'))).toBe(true)
    expect(initialsKey('전종서')).toBe('ㅈㅈㅅ')
    expect(isInitialsQuery('ㅈㅈㅅ')).toBe(true)
    expect(isInitialsQuery('전ㅈ')).toBe(false)
  })
})

describe('search over the real dataset', () => {
  it.each([
    ['Ok-ju', 'Ok-ju', 'character'],
    ['Ok-joo', 'Ok-ju', 'character'],
    ['옥주', 'Ok-ju', 'character'],
    ['Min-hee', 'Min-hee', 'character'],
    ['Minhee', 'Min-hee', 'character'],
    ['Choi Pro', 'Choi Pro', 'character'],
    ['Choi-pro', 'Choi Pro', 'character'],
    ['Jeon Jong-seo', 'Jeon Jong-seo', 'person'],
    ['Jeon Jong-Seo', 'Jeon Jong-seo', 'person'],
    ['Jeon Jong-Soo', 'Jeon Jong-seo', 'person'],
    ['Jeon Jong Seo', 'Jeon Jong-seo', 'person'],
    ['jeon jongseo', 'Jeon Jong-seo', 'person'],
    ['전종서', 'Jeon Jong-seo', 'person'],
    ['ㅈㅈㅅ', 'Jeon Jong-seo', 'person'],
    ['Lee Chung-hyun', 'Lee Chung-hyun', 'person'],
    ['Lee Choong Hyun', 'Lee Chung-hyun', 'person'],
    ['Chung-Hyun Lee', 'Lee Chung-hyun', 'person'],
    ['lee chunghyun', 'Lee Chung-hyun', 'person'],
    ['choong', 'Lee Chung-hyun', 'person'],
    ['Kim Ji-hoon', 'Kim Ji-hoon', 'person'],
    ['Ji Hun-Kim', 'Kim Ji-hoon', 'person'],
    ['Kim Ji Hoon', 'Kim Ji-hoon', 'person'],
    ['jihoon kim', 'Kim Ji-hoon', 'person'],
    ['Park Yu-rim', 'Park Yu-rim', 'person'],
    ['Park Yu Rim', 'Park Yu-rim', 'person'],
    ['Gray', 'Gray', 'person'],
    ['GRAY', 'Gray', 'person'],
    ['Ballerina', 'Ballerina', 'work'],
    ['발레리나', 'Ballerina', 'work'],
    ['Money Heist: Korea', 'Money Heist: Korea – Joint Economic Area', 'work'],
    ['busan', '28th Busan International Film Festival', 'event'],
  ])('“%s” finds %s first', (query, title, kind) => {
    expect(top(query)).toMatchObject({ title, kind })
  })

  it('says why each result matched', () => {
    expect(top('Ok-joo')?.reason).toBe('Also written Ok-joo')
    expect(top('Ok-joo')?.context).toBe('Jeon Jong-seo plays Ok-ju in Ballerina')
    expect(top('Choi Pro')?.context).toContain('plays Choi Pro')
    expect(top('ㅈㅈㅅ')?.reason).toBe('Hangul initials ㅈㅈㅅ (전종서)')
    expect(top('전종서')?.reason).toBe('Hangul 전종서')
    expect(top('Jeon Jong-Soo')?.reason).toBe('Also written Jeon Jong-Soo')
    expect(top('jihoon kim')?.reason).toBe('Family and given name in the other order')
    expect(top('Gray')?.reason).toBe('Exact name')
  })

  it('links each kind to its page', () => {
    expect(top('Ok-ju')?.href).toBe('/people/jeon-jong-seo')
    expect(top('Ballerina')?.href).toBe('/films/ballerina-2023')
    expect(top('busan')?.href).toBe('/films/ballerina-2023/timeline')
    expect(top('Gray')?.href).toBe('/people/gray')
  })

  it('tolerates one typo in a longer word, and ranks it last', () => {
    expect(top('Jeon Jomg-seo')).toMatchObject({ title: 'Jeon Jong-seo' })
    expect(top('balerina')).toMatchObject({ title: 'Ballerina' })
    expect(top('Ballerina')?.reason).toBe('Exact title')
    expect(top('balerina')?.reason).toBe('Close spelling of Ballerina')
    // Short words get no typo tolerance: "grey" is not Gray.
    expect(search('grey')).toEqual([])
  })

  it('finds nothing for names that are not in the dataset', () => {
    expect(search('Keanu Reeves')).toEqual([])
    expect(search('')).toEqual([])
    expect(search('   ')).toEqual([])
  })

  it('suggests the closest pages for a mistyped address', () => {
    expect(closestTo(catalogue, 'jeon-jongseo')[0]?.title).toBe('Jeon Jong-seo')
    expect(closestTo(catalogue, 'ballerina-2024')[0]?.title).toBe('Ballerina')
    expect(closestTo(catalogue, 'kim-ji-hun')[0]?.title).toBe('Kim Ji-hoon')
  })
})

describe('ranking: exact > prefix > alias > fuzzy', () => {
  const index = createSearchIndex([
    { names: [{ text: 'Jeon Jong-seon', role: 'name' }], reorder: true },
    { names: [{ text: 'Jeon Jong-seo', role: 'name' }], reorder: true },
    {
      names: [
        { text: 'Someone Else', role: 'name' },
        { text: 'Jeon Jongseo-ra', role: 'alias' },
      ],
      reorder: true,
    },
    { names: [{ text: 'Jeon Jong-sea', role: 'name' }], reorder: true },
  ])
  const names = (query: string) => index.search(query).map((hit) => hit.entry.names[0]?.text)

  it('puts the exact name first, then names it begins, then aliases, then near misses', () => {
    expect(names('jeon jong seo')).toEqual([
      'Jeon Jong-seo',
      'Jeon Jong-seon',
      'Someone Else',
      'Jeon Jong-sea',
    ])
    expect(index.search('jeon jong seo').map((hit) => hit.tier)).toEqual([0, 1, 2, 3])
  })
})
