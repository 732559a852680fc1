import { useQuery, useQueryClient } from '@tanstack/react-query'
import { searchQueries } from './search-queries'
import type { SearchShard } from '@/lib/search/shards'
import type { ShardRecord } from './search-entries'
import { planSearch, type SearchResult } from './search-results-model'

export type ShardedSearch =
  | { status: 'idle' | 'pending'; results: [] }
  | { status: 'error'; results: []; retry: () => void }
  | { status: 'success'; results: SearchResult[] }

/**
 * Searches the shards a query needs, read through the query cache: the manifest once, then a
 * shard per letter typed at most, then the typo buckets if the engine goes on to typos. Each
 * loaded shard may name the next one, so the plan is worked out again on every render.
 */
export function useShardedSearch(
  query: string,
  { limit, closest = false }: { limit: number; closest?: boolean },
): ShardedSearch {
  const queryClient = useQueryClient()
  const active = query.trim() !== ''
  const manifest = useQuery({ ...searchQueries.manifest(), enabled: active })
  const known = (id: string): SearchShard<ShardRecord> | undefined =>
    queryClient.getQueryData(searchQueries.shard(id).queryKey)
  const { ids, results } =
    active && manifest.data
      ? planSearch(query, manifest.data, known, { limit, closest })
      : { ids: [], results: undefined }
  const reading = useQuery({
    ...searchQueries.shards(ids),
    enabled: ids.length > 0 && results === undefined,
  })

  // Reading each status subscribes this component to it: a shard that arrives re-plans the search.
  const failed =
    manifest.status === 'error' ? manifest : reading.status === 'error' ? reading : null
  if (!active) return { status: 'idle', results: [] }
  if (failed) return { status: 'error', results: [], retry: failed.refetch }
  if (!results) return { status: 'pending', results: [] }
  return { status: 'success', results }
}
