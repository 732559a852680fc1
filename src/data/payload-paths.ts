/** Paths of the payload files under `api/`; the browser and the build agree through these. */
export const payloadPaths = {
  work: (slug: string) => `works/${slug}.json`,
  /** A work's credits after its first page (see src/features/cast/credit-pages.ts), numbered from 1. */
  creditPage: (slug: string, page: number) => `works/${slug}/credits/${page}.json`,
  person: (slug: string) => `people/${slug}.json`,
  sourceList: 'sources.json',
  source: (id: string) => `sources/${id}.json`,
  searchManifest: 'search/index.json',
  searchShard: (id: string) => `search/${id}.json`,
  dataset: 'ballerina-dataset.json',
}

/**
 * Loads one payload by its path under `api/`; throws `NotFoundError` when there is none and
 * `LoadError` when it could not be read.
 */
export type LoadPayload = (path: string) => Promise<unknown>

/** A payload that does not exist: the page shows "not found" instead of retrying. */
export class NotFoundError extends Error {
  constructor(readonly path: string) {
    super(`No data at ${path}`)
    this.name = 'NotFoundError'
  }
}

/** A page's code or data that could not be downloaded (offline, a server error): worth a retry. */
export class LoadError extends Error {
  constructor(
    readonly part: 'code' | 'data',
    what: string,
    readonly status?: number,
  ) {
    super(`Loading ${what} failed${status ? `: HTTP ${status}` : ''}`)
    this.name = 'LoadError'
  }
}
