import { queryOptions } from '@tanstack/react-query'
import {
  payloadPaths,
  type PersonPayload,
  type SearchPayload,
  type SourcesPayload,
  type WorkPayload,
} from './payloads.ts'

/** A payload that does not exist: the page shows "not found" instead of retrying. */
export class NotFoundError extends Error {
  constructor(readonly path: string) {
    super(`No data at ${path}`)
    this.name = 'NotFoundError'
  }
}

export function payloadUrl(path: string): string {
  return `${import.meta.env.BASE_URL}api/${path}`
}

async function fetchPayload<T>(path: string): Promise<T> {
  const response = await fetch(payloadUrl(path))
  if (response.status === 404) throw new NotFoundError(path)
  if (!response.ok) throw new Error(`Loading ${path} failed: HTTP ${response.status}`)
  return (await response.json()) as T
}

/*
 * Every read in the app goes through these factories. The dataset never changes while the app
 * runs, so nothing is ever stale.
 */
export const workQueries = {
  all: () => ['works'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...workQueries.all(), 'detail', slug] as const,
      queryFn: () => fetchPayload<WorkPayload>(payloadPaths.work(slug)),
      staleTime: Infinity,
    }),
}

export const personQueries = {
  all: () => ['people'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...personQueries.all(), 'detail', slug] as const,
      queryFn: () => fetchPayload<PersonPayload>(payloadPaths.person(slug)),
      staleTime: Infinity,
    }),
}

export const sourceQueries = {
  all: () =>
    queryOptions({
      queryKey: ['sources'] as const,
      queryFn: () => fetchPayload<SourcesPayload>(payloadPaths.sources),
      staleTime: Infinity,
    }),
}

export const searchQueries = {
  index: () =>
    queryOptions({
      queryKey: ['search', 'index'] as const,
      queryFn: () => fetchPayload<SearchPayload>(payloadPaths.search),
      staleTime: Infinity,
    }),
}

export const datasetDownloadUrl = () => payloadUrl(payloadPaths.dataset)

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return !(error instanceof NotFoundError) && failureCount < 2
}
