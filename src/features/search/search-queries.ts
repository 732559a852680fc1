import { queryOptions } from '@tanstack/react-query'
import { payloadPaths } from '@/data/payload-paths'
import { payloadQuery } from '@/data/queries'
import type { SearchShardFile, ShardManifest } from '../../../build/dataset/search-shards.ts'

/*
 * The search index's reads. They sit with the search feature, whose code loads only when search
 * is used, so that no first visit carries them.
 */
export const searchQueries = {
  all: () => ['search'] as const,
  manifest: () =>
    payloadQuery<ShardManifest>([...searchQueries.all(), 'manifest'], payloadPaths.searchManifest),
  shard: (id: string) => ({
    ...payloadQuery<SearchShardFile>(
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
