import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchPayload } from '../../build/dataset/payloads'
import { indexDataset } from '../../build/dataset/selectors'
import { closestTo, searchCatalogue } from '../../src/features/search/search-results-model'
import { entriesOf } from '../../src/features/search/search-entries'
import { foldName, matchesNameKeys, nameKeys, nameQuery } from '../../src/lib/search/fold'
import { loadAndValidate } from '../../build/dataset/load'

/** The cast filter's match, as cast-filter.ts makes it: a folded query against a credit's name keys. */
const castFilterMatches = (query: string, names: readonly string[]) =>
  matchesNameKeys(nameQuery(query), nameKeys(names))

const { dataset } = loadAndValidate('data')
if (!dataset) throw new Error('data/ is invalid')
const catalogue = entriesOf(searchPayload(indexDataset(dataset)))

/** Any UTF-16 string, lone surrogates included, plus the names and markup readers paste. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom(...'ㄱㅈㅅ전종서옥주-  \'’.*+?()[]{}|\\^$<>&"\uD800\uDC00\u0301'),
  }),
  fc.constantFrom(
    '\uD800',
    '\uDFFF',
    '<script>alert(1)</script>',
    '.*',
    '(?:',
    '[',
    '\\',
    'x'.repeat(10_000),
    'ㅈ'.repeat(10_000),
    '전종서'.repeat(3_000),
  ),
)

describe('no input throws', () => {
  it('folding and the cast filter accept any string', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 4 }), (query, names) => {
        expect(typeof foldName(query)).toBe('string')
        expect(typeof castFilterMatches(query, names)).toBe('boolean')
      }),
    )
  })

  it('search and suggestions accept any string and return at most the limit', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 60 }), (query, limit) => {
        expect(searchCatalogue(catalogue, query, limit).length).toBeLessThanOrEqual(limit)
        expect(closestTo(catalogue, query, 5).length).toBeLessThanOrEqual(5)
      }),
      { numRuns: 300 },
    )
  })

  it('folding is idempotent, and a name always matches itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        expect(foldName(foldName(name))).toBe(foldName(name))
        expect(castFilterMatches(name, [name])).toBe(true)
      }),
    )
  })
})
