import { shardsFor, type SearchShard, type ShardManifest } from '@/lib/search/shards'
import {
  createSearchIndex,
  describeMatch,
  type SearchHit,
  type SearchIndex,
} from '@/lib/search/search-index'
import { fromShardRecord, type Entry, type ResultKind, type ShardRecord } from './search-entries'

/** Headings of the groups on the /search page, in the order they are shown. */
export const resultKinds: { kind: ResultKind; heading: string; label: string }[] = [
  { kind: 'person', heading: 'People', label: 'Person' },
  { kind: 'character', heading: 'Characters', label: 'Character' },
  { kind: 'work', heading: 'Films and series', label: 'Work' },
  { kind: 'event', heading: 'Timeline events', label: 'Event' },
]

export type SearchResult = {
  kind: ResultKind
  id: string
  title: string
  context?: string
  href: string
  /** Why it matched: "Also written Ok-joo", "Hangul initials ㅈㅈㅅ (전종서)". */
  reason: string
}

function toResult(hit: SearchHit<Entry>): SearchResult {
  const { entry } = hit
  const noun = entry.kind === 'work' || entry.kind === 'event' ? 'title' : 'name'
  return {
    kind: entry.kind,
    id: entry.id,
    title: entry.title,
    context: entry.context || undefined,
    href: entry.href,
    reason: describeMatch(hit, noun),
  }
}

/** Records in the whole catalogue's order, searched as one index. */
export type Catalogue = readonly Entry[]

// A catalogue never changes once made: build its index once.
const indexes = new WeakMap<Catalogue, SearchIndex<Entry>>()
function indexOf(catalogue: Catalogue): SearchIndex<Entry> {
  let index = indexes.get(catalogue)
  if (!index) {
    index = createSearchIndex(catalogue)
    indexes.set(catalogue, index)
  }
  return index
}

type Placed = { place: number; entry: Entry }
const decoded = new WeakMap<SearchShard<ShardRecord>, Placed[]>()

/**
 * The records of several shards as one catalogue: each record once, in its place in the whole
 * catalogue, so ties rank as they would over every record.
 */
function catalogueOf(shards: readonly SearchShard<ShardRecord>[]): Catalogue {
  const byPlace = new Map<number, Entry>()
  for (const shard of shards) {
    let placed = decoded.get(shard)
    if (!placed) {
      placed = shard.records.map((record) => ({ place: record[0], entry: fromShardRecord(record) }))
      decoded.set(shard, placed)
    }
    for (const { place, entry } of placed) if (!byPlace.has(place)) byPlace.set(place, entry)
  }
  return [...byPlace.keys()].sort((a, b) => a - b).flatMap((place) => byPlace.get(place) ?? [])
}

type SearchOutcome = {
  results: SearchResult[]
  /** True when the engine looked for one-typo matches, which live in shards of their own. */
  lookedForTypos: boolean
}

export function searchCatalogue(catalogue: Catalogue, query: string, limit = 50): SearchResult[] {
  return searchOutcome(catalogue, query, limit).results
}

/**
 * The search, and whether it went on to typos: it does exactly when fewer than `limit` records
 * matched without one, and then any typo match it found ranks within the limit.
 */
function searchOutcome(catalogue: Catalogue, query: string, limit = 50): SearchOutcome {
  const hits = indexOf(catalogue).search(query, { limit })
  return {
    results: hits.map(toResult),
    lookedForTypos: hits.length < limit || hits.some((hit) => hit.tier === 3),
  }
}

/** The closest records to a mistyped URL slug such as "jeon-jongseo". */
export function closestTo(catalogue: Catalogue, text: string, limit = 5): SearchResult[] {
  return indexOf(catalogue).closest(text, { limit }).map(toResult)
}

// Successive keystrokes often read the same shards: keep the last few catalogues made of them.
const recentCatalogues: { shards: Set<SearchShard<ShardRecord>>; catalogue: Catalogue }[] = []
function cachedCatalogue(shards: readonly SearchShard<ShardRecord>[]): Catalogue {
  const same = recentCatalogues.find(
    (recent) =>
      recent.shards.size === shards.length && shards.every((shard) => recent.shards.has(shard)),
  )
  if (same) return same.catalogue
  const catalogue = catalogueOf(shards)
  recentCatalogues.unshift({ shards: new Set(shards), catalogue })
  recentCatalogues.splice(8)
  return catalogue
}

/**
 * The shards a search reads and, once they are all loaded, its results. The typo buckets are read
 * only when the engine goes on to typos over the prefix shards: that answer is already exact.
 */
export function planSearch(
  query: string,
  manifest: ShardManifest,
  known: (id: string) => SearchShard<ShardRecord> | undefined,
  { limit, closest }: { limit: number; closest: boolean },
): { ids: string[]; results: SearchResult[] | undefined } {
  const run = (
    typos: boolean,
  ): { ids: string[]; results?: SearchResult[]; lookedForTypos?: boolean } => {
    const plan = shardsFor(query, manifest, known, { closest, typos })
    const shards = plan.ids.map(known).filter((shard) => shard !== undefined)
    if (!plan.complete || shards.length < plan.ids.length) return { ids: plan.ids }
    const catalogue = cachedCatalogue(shards)
    const outcome = closest
      ? { results: closestTo(catalogue, query, limit), lookedForTypos: true }
      : searchOutcome(catalogue, query, limit)
    return { ids: plan.ids, ...outcome }
  }
  const prefixes = run(false)
  if (!prefixes.lookedForTypos) return { ids: prefixes.ids, results: prefixes.results }
  const withTypos = run(true)
  return { ids: withTypos.ids, results: withTypos.results }
}
