import { queryOptions } from '@tanstack/react-query'
import { payloadPaths } from '@/data/payload-paths'
import { payloadQuery } from '@/data/queries'
import type { SearchShard, ShardManifest } from '@/lib/search/shards'
import type { ShardRecord } from './search-entries'

/*
 * The search index's reads. They sit with the search feature, whose code loads only when search
 * is used, so that no first visit carries them.
 */
export const searchQueries = {
  all: () => ['search'] as const,
  manifest: () =>
    payloadQuery<ShardManifest>([...searchQueries.all(), 'manifest'], payloadPaths.searchManifest),
  shard: (id: string) => ({
    ...payloadQuery<SearchShard<ShardRecord>>(
      [...searchQueries.all(), 'shard', id],
      payloadPaths.searchShard(id),
    ),
    // Later keystrokes walk through the shards read before: keep them for the whole visit.
    gcTime: Infinity,
  }),
  /** The shards one keystroke needs, read together, each cached on its own. */
  shards: (ids: readonly string[]) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'shards', ...ids],
      queryFn: ({ client }) =>
        Promise.all(ids.map((id) => client.ensureQueryData(searchQueries.shard(id)))),
      staleTime: Infinity,
    }),
}
