import { describe, expect, it } from 'vitest'
import { loadAndValidate } from '../../build/dataset/load'
import { searchPayload } from '../../build/dataset/payloads'
import { searchShards, shardSizes, type ShardSizes } from '../../build/dataset/search-shards'
import { indexDataset } from '../../build/dataset/selectors'
import {
  closestTo,
  planSearch,
  searchCatalogue,
} from '../../src/features/search/search-results-model'
import { entriesOf } from '../../src/features/search/search-entries'
import {
  encodePrefix,
  prefixShardId,
  shardsFor,
  typoBucket,
  typoRoutes,
  typoShardId,
} from '../../src/lib/search/shards'

const { dataset } = loadAndValidate('data')
if (!dataset) throw new Error('data/ is invalid')
const catalogue = entriesOf(searchPayload(indexDataset(dataset)))

/** The browser's way through the shards, with the files in memory; records what it read. */
function shardedSearch(sizes: ShardSizes = shardSizes) {
  const { manifest, shards } = searchShards(catalogue, sizes)
  return (query: string, options: { limit: number; closest?: boolean }) => {
    const read = new Set<string>()
    for (let round = 0; round < 200; round += 1) {
      const plan = planSearch(
        query,
        manifest,
        (id) => (read.has(id) ? shards.get(id) : undefined),
        {
          limit: options.limit,
          closest: options.closest ?? false,
        },
      )
      if (plan.results) return { results: plan.results, read: [...read] }
      const missing = plan.ids.filter((id) => !read.has(id))
      for (const id of missing) {
        if (!shards.has(id)) throw new Error(`${query}: no shard ${id}`)
        read.add(id)
      }
    }
    throw new Error(`${query}: the walk did not end`)
  }
}

const typed = [
  'j',
  'je',
  'jeon',
  'Jeon Jong-seo',
  'jeon jongseo',
  'Jeon Jong-Soo',
  'ok-joo',
  'Ok-ju',
  'okju',
  'Lee Choong Hyun',
  'Chung-Hyun Lee',
  'choong',
  'jihoon kim',
  '전',
  '전종',
  '전종ㅅ',
  '전종서',
  '옥주',
  '발레리나',
  'ㅈ',
  'ㅈㅈㅅ',
  'ㅂㄹ',
  'jone',
  'Jeon Jomg-seo',
  'balerina',
  'heon jongseo',
  'ejon jongseo',
  'eon jongseo',
  'xjeon jongseo',
  'kim ji-hun',
  'Money Heist',
  'busan',
  'grey',
  'keanu',
  '',
  '<img src=x>',
  'a'.repeat(200),
]

/** Every name and title typed letter by letter, and with one typo at each of its first letters. */
function keystrokesAndTypos(): string[] {
  const queries = new Set<string>()
  for (const entry of catalogue) {
    for (const { text } of entry.names) {
      const letters = [...text.toLowerCase()]
      for (let end = 1; end <= letters.length; end += 1) queries.add(letters.slice(0, end).join(''))
      for (let at = 0; at < Math.min(4, letters.length); at += 1) {
        const before = letters.slice(0, at).join('')
        const after = letters.slice(at + 1).join('')
        queries.add(`${before}x${after}`)
        queries.add(`${before}${after}`)
        queries.add(`${before}q${letters[at] ?? ''}${after}`)
        queries.add(
          `${before}${letters[at + 1] ?? ''}${letters[at] ?? ''}${letters.slice(at + 2).join('')}`,
        )
      }
    }
  }
  return [...queries]
}

// Thousands of searches each: generous on a busy two-core machine.
describe('sharded search over the real dataset', { timeout: 60_000 }, () => {
  const sharded = shardedSearch()

  it.each(typed)('finds for “%s” what the whole index finds', (query) => {
    for (const limit of [8, 50]) {
      expect(sharded(query, { limit }).results).toEqual(searchCatalogue(catalogue, query, limit))
    }
  })

  it('finds the same for every name typed letter by letter and with a typo in its first letters', () => {
    for (const query of keystrokesAndTypos()) {
      expect(sharded(query, { limit: 8 }).results, query).toEqual(
        searchCatalogue(catalogue, query, 8),
      )
    }
  })

  it('suggests the same closest pages for mistyped addresses', () => {
    for (const text of [
      'jeon-jongseo',
      'ballerina-2024',
      'kim-ji-hun',
      'balerina',
      'nobody-at-all',
    ]) {
      expect(sharded(text, { limit: 5, closest: true }).results, text).toEqual(
        closestTo(catalogue, text, 5),
      )
    }
  })

  it('finds the same when every prefix is split into small shards and many typo buckets', () => {
    const tiny = shardedSearch({ leafRecords: 2, headRefs: 150, routeRefs: 1000, bucketRecords: 3 })
    for (const query of [...typed, ...keystrokesAndTypos()]) {
      expect(tiny(query, { limit: 8 }).results, query).toEqual(searchCatalogue(catalogue, query, 8))
    }
  })
})

describe('which shards a query reads', () => {
  const { manifest, shards } = searchShards(catalogue, {
    leafRecords: 2,
    headRefs: 150,
    routeRefs: 1000,
    bucketRecords: 3,
  })
  const known = (id: string) => shards.get(id)

  it('names prefixes as file names of ASCII letters, digits and code units', () => {
    expect(encodePrefix('jeon')).toBe('jeon')
    expect(encodePrefix('ㅈㅈ')).toBe('_3148_3148')
    expect(prefixShardId('전')).toBe('p/_c804')
  })

  it('walks a query’s key down to the shard of its whole prefix, one level per letter', () => {
    const { ids, complete } = shardsFor('jeon', manifest, known)
    expect(complete).toBe(true)
    // The folded key "jeon" and the sound key "jon" share the first level only.
    expect(ids.slice(0, 2)).toEqual(['p/j', 'p/je'])
    expect(ids).toContain('p/jo')
    expect(ids.every((id) => id.startsWith('p/'))).toBe(true)
  })

  it('stops at the first shard not loaded yet, and says the plan is not complete', () => {
    const { ids, complete } = shardsFor('jeon', manifest, () => undefined)
    expect(ids).toEqual(['p/j'])
    expect(complete).toBe(false)
  })

  it('reads nothing for a letter no key starts with', () => {
    expect(shardsFor('zzzz', manifest, known).ids).toEqual([])
  })

  it('reads Hangul initials from the shards of their own letters', () => {
    const { ids } = shardsFor('ㅈㅈㅅ', manifest, known)
    expect(ids[0]).toBe(prefixShardId('ㅈ'))
    expect(ids.every((id) => id.startsWith(`p/${encodePrefix('ㅈ')}`))).toBe(true)
  })

  it('reads typo buckets only when asked, through routes a typo in the first letters shares', () => {
    expect(typoRoutes('jonjongso')).toEqual(['onjo', 'jnjo', 'jojo', 'jono', 'jonj'])
    // "heon jongseo" starts in another shard than "jeon jongseo", yet shares the route "onjo".
    expect(typoRoutes('honjongso')).toContain('onjo')
    expect(shardsFor('heon jongseo', manifest, known).ids.some((id) => id.startsWith('t/'))).toBe(
      false,
    )
    const { ids } = shardsFor('heon jongseo', manifest, known, { typos: true })
    expect(ids).toContain(typoShardId(typoBucket('onjo', manifest.typoBuckets)))
    expect(ids.some((id) => id.startsWith('p/j'))).toBe(false)
  })

  it('finds a name with a typo in its first letter across the shard boundary', () => {
    const search = shardedSearch({
      leafRecords: 2,
      headRefs: 150,
      routeRefs: 1000,
      bucketRecords: 3,
    })
    const { results, read } = search('heon jongseo', { limit: 8 })
    expect(results[0]).toMatchObject({
      title: 'Jeon Jong-seo',
      reason: 'Close spelling of Jeon Jong-seo',
    })
    expect(read.some((id) => id.startsWith('p/j'))).toBe(false)
  })
})
