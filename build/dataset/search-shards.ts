import { payloadPaths } from '../../src/data/payload-paths.ts'
import { forEachKey, type KeySource } from '../../src/lib/search/search-keys.ts'
import {
  prefixShardId,
  typoBucket,
  typoRoutes,
  typoShardId,
  type SearchShard,
  type ShardManifest,
} from '../../src/lib/search/shards.ts'
import {
  toShardRecord,
  type Entry,
  type ShardRecord,
} from '../../src/features/search/search-entries.ts'

/*
 * Writes the search index as shards (see src/lib/search/shards.ts for the scheme), from the keys
 * the engine itself makes, so a search over the shards a query reads finds what a search over
 * every record finds.
 */

export type ShardSizes = {
  /** A prefix with at most this many records is one shard; more, and it is split. */
  leafRecords: number
  /**
   * References of each kind of key a split prefix keeps, in key order. A lookup stops after
   * three times its result limit of new records, or four times that seen: this many covers the
   * palette's new records, and four times as many would make every result exact, at four times
   * the bytes. Where a short prefix is shared by more, other equally ranked records may show.
   */
  headRefs: number
  /** Typo candidates kept per route; more only in a catalogue of near-identical names. */
  routeRefs: number
  /** About this many records per typo bucket, which sets the number of buckets. */
  bucketRecords: number
}

export const shardSizes: ShardSizes = {
  leafRecords: 40,
  headRefs: 24,
  routeRefs: 24,
  bucketRecords: 12,
}

/** Records are referred to as place * 32 + spelling, as in the engine. */
const maxNames = 32
const placeOf = (ref: number) => Math.floor(ref / maxNames)

type Keys = { keys: string[]; refs: number[][] }

/** Each kind of key, sorted, with its references in the order the engine keeps them. */
function sortedKeys(entries: readonly Entry[], refsPerKey: number): Map<KeySource, Keys> {
  const pending = new Map<KeySource, Map<string, number[]>>()
  entries.forEach((record, place) => {
    forEachKey(record, (source, key, nameIndex) => {
      if (!key) return
      let keys = pending.get(source)
      if (!keys) pending.set(source, (keys = new Map()))
      const ref = place * maxNames + nameIndex
      const refs = keys.get(key)
      if (!refs) keys.set(key, [ref])
      else if (refs.at(-1) !== ref && refs.length < refsPerKey) refs.push(ref)
    })
  })
  const sorted = new Map<KeySource, Keys>()
  for (const [source, keys] of pending) {
    const names = [...keys.keys()].sort()
    sorted.set(source, { keys: names, refs: names.map((key) => keys.get(key) ?? []) })
  }
  return sorted
}

export type SearchShardFile = SearchShard<ShardRecord>
export type { ShardManifest }

type Range = { of: Keys; from: number; to: number }

export function searchShards(
  entries: readonly Entry[],
  sizes: ShardSizes = shardSizes,
): { manifest: ShardManifest; shards: Map<string, SearchShard<ShardRecord>> } {
  const records = entries.map(toShardRecord)
  const shards = new Map<string, SearchShard<ShardRecord>>()
  const pick = (places: Iterable<number>): ShardRecord[] =>
    [...places]
      .sort((a, b) => a - b)
      .map((place) => records[place])
      .filter((record) => record !== undefined)
  const keys = sortedKeys(entries, sizes.headRefs)

  /** The ranges of keys going on from `depth` letters, grouped by their next letter. */
  function byNextLetter(ranges: readonly Range[], depth: number): Map<string, Range[]> {
    const groups = new Map<string, Range[]>()
    for (const range of ranges) {
      let at = range.from
      while (at < range.to && (range.of.keys[at] ?? '').length <= depth) at += 1
      while (at < range.to) {
        const letter = (range.of.keys[at] ?? '').charAt(depth)
        const from = at
        while (at < range.to && (range.of.keys[at] ?? '').charAt(depth) === letter) at += 1
        const group = groups.get(letter) ?? []
        group.push({ of: range.of, from, to: at })
        groups.set(letter, group)
      }
    }
    return groups
  }

  function writePrefix(prefix: string, ranges: readonly Range[]): void {
    const all = new Set<number>()
    outer: for (const { of, from, to } of ranges) {
      for (let at = from; at < to; at += 1) {
        for (const ref of of.refs[at] ?? []) {
          all.add(placeOf(ref))
          if (all.size > sizes.leafRecords) break outer
        }
      }
    }
    if (all.size <= sizes.leafRecords) {
      shards.set(prefixShardId(prefix), { records: pick(all) })
      return
    }
    // Only what a lookup of exactly this prefix can visit: the first references of each kind.
    const head = new Set<number>()
    for (const { of, from, to } of ranges) {
      let taken = 0
      for (let at = from; at < to && taken < sizes.headRefs; at += 1) {
        for (const ref of of.refs[at] ?? []) {
          if (taken >= sizes.headRefs) break
          head.add(placeOf(ref))
          taken += 1
        }
      }
    }
    const next = byNextLetter(ranges, prefix.length)
    shards.set(prefixShardId(prefix), { next: [...next.keys()].join(''), records: pick(head) })
    for (const [letter, group] of next) writePrefix(prefix + letter, group)
  }

  const whole = [...keys.values()].map((of) => ({ of, from: 0, to: of.keys.length }))
  const first = byNextLetter(whole, 0)
  for (const [letter, group] of first) writePrefix(letter, group)

  // Typo routes of the sound keys, the only keys the engine looks for typos in.
  const routes = new Map<string, number[]>()
  const cut = new Set<string>()
  const sounds = keys.get('sounds') ?? { keys: [], refs: [] }
  sounds.keys.forEach((key, at) => {
    for (const route of typoRoutes(key)) {
      const places = routes.get(route) ?? []
      routes.set(route, places)
      for (const ref of sounds.refs[at] ?? []) {
        if (places.length >= sizes.routeRefs) {
          cut.add(route)
          break
        }
        if (places.at(-1) !== placeOf(ref)) places.push(placeOf(ref))
      }
    }
  })
  let filed = 0
  for (const places of routes.values()) filed += new Set(places).size
  const typoBuckets = Math.max(1, Math.ceil(filed / sizes.bucketRecords))
  const buckets = Array.from({ length: typoBuckets }, () => ({
    places: new Set<number>(),
    partial: false,
  }))
  for (const [route, places] of routes) {
    const bucket = buckets[typoBucket(route, typoBuckets)]
    if (!bucket) continue
    for (const place of places) bucket.places.add(place)
    if (cut.has(route)) bucket.partial = true
  }
  buckets.forEach(({ places, partial }, bucket) => {
    shards.set(typoShardId(bucket), {
      ...(partial ? { partial: true as const } : {}),
      records: pick(places),
    })
  })

  return { manifest: { first: [...first.keys()].join(''), typoBuckets }, shards }
}

/** The search index's payload files, keyed by their path under `api/`: its manifest and shards. */
export function searchFiles(entries: readonly Entry[]): Map<string, unknown> {
  const { manifest, shards } = searchShards(entries)
  const files = new Map<string, unknown>([[payloadPaths.searchManifest, manifest]])
  for (const [id, shard] of shards) files.set(payloadPaths.searchShard(id), shard)
  return files
}
