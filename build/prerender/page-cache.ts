import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { writeCacheFile } from '../cache-files.ts'
import { digest } from '../digest.ts'

/*
 * The prerenderer's page cache: each page's HTML stored under a key that hashes everything the
 * page is made from, so a rebuild renders only the pages whose inputs changed and reuses the
 * rest, as build/og-images.ts does for its pictures. The key functions are pure, for tests.
 */

/** What every page shares: the code that renders and composes it, and what it is built for. */
export type AppInputs = {
  /** The server renderer's files (the app's code as the prerenderer runs it). */
  renderer: string
  /** The client build's manifest, which names each page's modules. */
  manifest: string
  /** The document every page is composed into, with its styles, loader and policy filled in. */
  template: string
  /** The source of the prerenderer itself. */
  builder: string
  base: string
  siteUrl: string | undefined
}

/** One hash for the whole app: when it changes, every page is rendered again. */
export function appKey(app: AppInputs): string {
  return digest(app.renderer, app.manifest, app.template, app.builder, app.base, app.siteUrl ?? '')
}

/** What one page is made from, besides the app. */
export type PageInputs = {
  path: string
  /** The hashes of the payloads its page kind reads, in the order it reads them. */
  payloads: string[]
  /** Its meta (title, description, structured data), derived from the whole dataset. */
  meta: unknown
  /** The head tags written from its meta. */
  head: string
}

export function pageKey(app: string, page: PageInputs): string {
  return digest(app, page.path, page.payloads.join(','), JSON.stringify(page.meta), page.head)
}

/** The pages to render (no cached HTML under their key) and those whose HTML can be reused. */
export function planPages<T extends { key: string }>(
  pages: T[],
  cached: ReadonlySet<string>,
): { render: T[]; reuse: T[] } {
  const render: T[] = []
  const reuse: T[] = []
  for (const page of pages) (cached.has(page.key) ? reuse : render).push(page)
  return { render, reuse }
}

/** The folder under the cache root that the page cache owns, so it never removes anything else. */
const pageCacheFolder = 'prerender-pages'

/**
 * The cache on disk: `<root>/prerender-pages/<app key>/<page key>.html`. A build keeps only its
 * own app's folder and, in it, only its own pages, so the cache never outgrows one site.
 */
export class PageCache {
  readonly dir: string
  readonly keys: Set<string>

  constructor(root: string, app: string) {
    // Only the folder the cache owns is pruned: the root may be a shared one such as /tmp.
    const owned = path.join(root, pageCacheFolder)
    this.dir = path.join(owned, app)
    if (existsSync(owned)) {
      for (const other of readdirSync(owned)) {
        if (other !== app) rmSync(path.join(owned, other), { recursive: true, force: true })
      }
    }
    mkdirSync(this.dir, { recursive: true })
    this.keys = new Set(
      readdirSync(this.dir)
        .filter((file) => file.endsWith('.html'))
        .map((file) => file.slice(0, -'.html'.length)),
    )
  }

  /** Where a stored page is, for the output to link to (see cache-files.ts). */
  fileOf(key: string): string {
    return path.join(this.dir, `${key}.html`)
  }

  store(key: string, html: string): void {
    writeCacheFile(this.fileOf(key), html)
  }

  /** Removes the pages no longer built, and says how many there were. */
  keepOnly(keys: ReadonlySet<string>): number {
    let removed = 0
    for (const key of this.keys) {
      if (keys.has(key)) continue
      rmSync(this.fileOf(key), { force: true })
      removed++
    }
    return removed
  }
}
