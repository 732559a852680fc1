import { closestParts, queryKeys } from './search-keys.ts'

/*
 * The search index split into small files, so a keystroke downloads what its query can match and
 * nothing that grows with the catalogue. The build and the browser agree through this module.
 *
 * Prefix shards form a trie over the engine's keys (folded names, sound keys, jamo, initials):
 * the shard of a prefix holds every record with a key starting with it, or, when that would be
 * too many, only the first records of each kind of key (all a lookup of exactly that prefix
 * visits) and the letters its longer prefixes go on with. A query walks from its first letter
 * down to the shard its whole key needs, one level per keystroke.
 *
 * One-typo matches can start in another shard than the query ("heon" for "jeon"), so typo
 * candidates have shards of their own, reached through deletions: a key is filed under its head
 * (one letter longer than a route) with each letter left out, and so is the query; any key one
 * edit from a prefix of the query shares one of those with it. Those routes are hashed into a
 * fixed number of buckets that the manifest names, so every bucket exists and none grows with
 * the catalogue.
 */

/** A shard file. */
export type SearchShard<R> = {
  /** Set when longer prefixes have shards of their own: the letters they go on with. */
  next?: string
  /** Set on a typo bucket when some route had more candidates than a bucket holds. */
  partial?: true
  records: R[]
}

/** The one small file read before any shard. */
export type ShardManifest = {
  /** The first letters of all keys: the prefix shards that exist at the top. */
  first: string
  typoBuckets: number
}

/** The letters of a typo route: a sound key's head, one letter longer, with one left out. */
export const typoRouteLength = 4

const plainLetter = /^[a-z0-9]$/

/** A prefix as a file name: ASCII letters and digits kept, any other UTF-16 unit as `_hhhh`. */
export function encodePrefix(prefix: string): string {
  let name = ''
  for (let at = 0; at < prefix.length; at += 1) {
    const unit = prefix.charAt(at)
    name += plainLetter.test(unit) ? unit : `_${unit.charCodeAt(0).toString(16).padStart(4, '0')}`
  }
  return name
}

export const prefixShardId = (prefix: string) => `p/${encodePrefix(prefix)}`
export const typoShardId = (bucket: number) => `t/${bucket}`

/**
 * The routes a sound key is filed under for typo matching, and a query's sound key looked up
 * by: its head, one letter longer than a route, with each letter left out in turn (a key just
 * as long as a route is its own).
 */
export function typoRoutes(key: string): string[] {
  if (key.length < typoRouteLength) return []
  if (key.length === typoRouteLength) return [key]
  const head = key.slice(0, typoRouteLength + 1)
  const routes = new Set<string>()
  for (let at = 0; at < head.length; at += 1) routes.add(head.slice(0, at) + head.slice(at + 1))
  return [...routes]
}

/** FNV-1a over UTF-16 units: the same bucket in the build and the browser, spread evenly. */
export function typoBucket(route: string, buckets: number): number {
  let hash = 0x811c9dc5
  for (let at = 0; at < route.length; at += 1) {
    hash ^= route.charCodeAt(at)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % Math.max(1, buckets)
}

/** What is known of a shard so far: undefined until it has loaded. */
type KnownShard = (id: string) => Pick<SearchShard<unknown>, 'next'> | undefined

export type ShardPlan = {
  /** The shards to read, in the order the walk met them. */
  ids: string[]
  /** False while a walk waits for a shard to say whether longer prefixes have their own. */
  complete: boolean
}

/** The prefix strings a search looks up, each walked down the trie. */
function prefixRoutes(query: string, closest: boolean): string[] {
  const texts = closest ? [query, ...closestParts(query)] : [query]
  const routes = new Set<string>()
  for (const text of texts) {
    const keys = queryKeys(text)
    for (const key of [keys.folded, keys.sound, keys.jamo, keys.initials]) {
      if (key) routes.add(key)
    }
  }
  return [...routes]
}

/** The sound keys a search may look up one typo away from. */
function typoKeys(query: string, closest = false): string[] {
  const texts = closest ? [query, ...closestParts(query)] : [query]
  return [...new Set(texts.map((text) => queryKeys(text).fuzzy).filter(Boolean))]
}

/**
 * The shards a search reads: for each key it looks up, the shards from its first letter down to
 * the one that holds its whole prefix, stopping where the manifest or a loaded shard says no
 * longer prefix exists; with `typos`, the buckets of its typo routes as well.
 */
export function shardsFor(
  query: string,
  manifest: ShardManifest,
  known: KnownShard,
  options: { closest?: boolean; typos?: boolean } = {},
): ShardPlan {
  const ids = new Set<string>()
  let complete = true
  for (const route of prefixRoutes(query, options.closest ?? false)) {
    let letters = manifest.first
    for (let depth = 1; depth <= route.length; depth += 1) {
      if (!letters.includes(route.charAt(depth - 1))) break
      const id = prefixShardId(route.slice(0, depth))
      ids.add(id)
      const shard = known(id)
      if (!shard) {
        complete = false
        break
      }
      if (shard.next === undefined) break
      letters = shard.next
    }
  }
  if (options.typos) {
    for (const key of typoKeys(query, options.closest)) {
      for (const route of typoRoutes(key)) {
        ids.add(typoShardId(typoBucket(route, manifest.typoBuckets)))
      }
    }
  }
  return { ids: [...ids], complete }
}
