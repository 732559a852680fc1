import { onlineManager, QueryClient, queryOptions } from '@tanstack/react-query'
import { NotFoundError, payloadPaths, type LoadPayload } from './payload-paths.ts'
import type {
  PersonPayload,
  SourceListPayload,
  SourcePayload,
  WorkPayload,
} from './payload-types.ts'

declare module '@tanstack/react-query' {
  interface Register {
    /** Which payload under `api/` a query reads; the client's one query function loads it. */
    queryMeta: { payload: string }
  }
}

/**
 * A query that reads one payload. It names the payload and leaves the loading to the client
 * (createQueryClient), so the browser fetches, while the prerenderer, the benchmarks and the
 * route tests answer from memory, all through the same factories.
 */
export function payloadQuery<TData>(queryKey: readonly unknown[], payload: string) {
  return queryOptions<TData, Error, TData, readonly unknown[]>({
    queryKey,
    meta: { payload },
    // The dataset never changes while the app runs, so nothing is ever stale.
    staleTime: Infinity,
  })
}

/** Every read in the app goes through these factories, with hierarchical keys. */
export const workQueries = {
  all: () => ['works'] as const,
  detail: (slug: string) =>
    payloadQuery<WorkPayload>([...workQueries.all(), 'detail', slug], payloadPaths.work(slug)),
}

export const personQueries = {
  all: () => ['people'] as const,
  detail: (slug: string) =>
    payloadQuery<PersonPayload>(
      [...personQueries.all(), 'detail', slug],
      payloadPaths.person(slug),
    ),
}

export const sourceQueries = {
  all: () => ['sources'] as const,
  list: () =>
    payloadQuery<SourceListPayload>([...sourceQueries.all(), 'list'], payloadPaths.sourceList),
  detail: (id: string) =>
    payloadQuery<SourcePayload>([...sourceQueries.all(), 'detail', id], payloadPaths.source(id)),
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Offline, a retry would only wait: the reader gets the error and its Retry button at once.
  return !(error instanceof NotFoundError) && failureCount < 2 && onlineManager.isOnline()
}

/** The app's query client, reading every payload through `loadPayload`. */
export function createQueryClient(
  loadPayload: LoadPayload,
  { retry = true }: { retry?: boolean } = {},
): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: retry ? shouldRetry : false,
        // Offline the service worker may still have the payload: ask it rather than wait for
        // the connection (react-query's default), which would leave the page loading for good.
        networkMode: 'offlineFirst',
        queryFn: ({ meta }) => {
          if (!meta?.payload) throw new Error('A query without a payload: use payloadQuery')
          return loadPayload(meta.payload)
        },
      },
    },
  })
}
