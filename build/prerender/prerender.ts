import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { pageKinds } from '../../src/config/page-kinds.ts'
import { assertValidDataset } from '../dataset/load.ts'
import { indexDataset, type DatasetIndex } from '../dataset/selectors.ts'
import { withBase } from '../host.ts'
import { writeOgImages } from '../og-images.ts'
import { escapeAttribute, headTags, publicUrl, type HostOptions } from '../pages/head-tags.ts'
import { pageMetaFor, pagesOf, type Page } from '../pages/page-kinds.ts'
import type { PageMeta } from '../pages/page-meta.ts'
import {
  appEntryKey,
  completeHeadersFile,
  inlineLoader,
  inlineStylesheet,
  loaderKey,
  manifestChunk,
  metaPolicy,
  modulesMeta,
  type Manifest,
} from './assets.ts'
import { appKey, digest, folderDigest, pageKey, PageCache, planPages } from './page-cache.ts'
import { pageDocument, type PageSlots } from './page-template.ts'
import {
  loadFromFiles,
  pageModuleKeys,
  type PageFrame,
  type PageJob,
  type Renderer,
} from './render-page.ts'
import { renderInWorkers } from './render-pool.ts'
import { assertRenderedTitle, splitHoisted } from './rendered-page.ts'
import { writeWebManifest } from './web-manifest.ts'

/*
 * Writes a static HTML file for every page of the route table, so each URL opens directly from a
 * link on any static host, readable before (and without) JavaScript, with the tags link previews
 * read and its CSS inlined. Runs after `vite build` (the client, into outDir) and
 * `vite build --ssr` (the renderer, into ssrDir). Pages are rendered on worker threads and kept
 * in a cache (page-cache.ts): a rebuild renders only the pages whose inputs changed.
 */

type PrerenderOptions = {
  dataDir: string
  outDir: string
  ssrDir: string
  siteUrl: string | undefined
}

export function outputFile(distDir: string, route: string): string {
  return path.join(distDir, route, 'index.html')
}

function sitemap(routes: string[], host: HostOptions): string {
  const urls = routes.map(
    (route) => `<url><loc>${escapeAttribute(publicUrl(route, host))}</loc></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** The parts every page shares, from the client build: styles, loader, CSP. */
function pageFrame(outDir: string, base: string) {
  const manifestFile = path.join(outDir, '.vite', 'manifest.json')
  const manifestText = readFileSync(manifestFile, 'utf8')
  const manifest = JSON.parse(manifestText) as Manifest
  // The manifest is a build artefact, not part of the site; the loader's own file is inlined.
  rmSync(path.dirname(manifestFile), { recursive: true, force: true })
  const loaderFile = path.join(outDir, manifestChunk(manifest, loaderKey).file)
  const loaderCode = readFileSync(loaderFile, 'utf8')
  rmSync(loaderFile)
  // Vite's own index.html is not a page: every page, the home page too, is written below.
  rmSync(path.join(outDir, 'index.html'), { force: true })
  const styles = (manifestChunk(manifest, appEntryKey).css ?? []).map((file) =>
    inlineStylesheet(file, readFileSync(path.join(outDir, file), 'utf8'), base),
  )
  return { manifest, manifestText, loaderCode, styles }
}

/** PRERENDER_CACHE_DIR lets a benchmark build from a cold cache without emptying the project's. */
const cacheRoot = path.resolve(process.env.PRERENDER_CACHE_DIR || 'node_modules/.cache')

/** The payloads a page's kind reads, as its route table entry names them. */
export function declaredPayloads(page: Page): string[] {
  const payload = pageKinds[page.kind].query?.(page.params).meta?.payload
  return payload ? [payload] : []
}

/** A page's render job, from its meta (kept for the cache key) and its kind's payloads. */
export function pageJob(
  page: Page,
  index: DatasetIndex,
  host: HostOptions,
): PageJob & { meta: PageMeta } {
  const meta = pageMetaFor(index, page.path)
  const head = headTags(meta, host, { withTitle: false })
  return { path: page.path, head, title: meta.title, payloads: declaredPayloads(page), meta }
}

/** A page's render job with its cache key: its payloads' bytes as built, its meta and head tags. */
type KeyedJob = PageJob & { key: string }

function pageInputs(
  pages: Page[],
  index: DatasetIndex,
  host: HostOptions,
  apiDir: string,
  app: string,
): KeyedJob[] {
  const payloadHashes = new Map<string, string>()
  const payloadHash = (file: string) => {
    let hash = payloadHashes.get(file)
    if (hash === undefined) {
      const bytes = existsSync(path.join(apiDir, file)) ? readFileSync(path.join(apiDir, file)) : ''
      hash = digest(bytes)
      payloadHashes.set(file, hash)
    }
    return hash
  }
  return pages.map((page) => {
    const { meta, ...job } = pageJob(page, index, host)
    const key = pageKey(app, {
      path: page.path,
      payloads: job.payloads.map(payloadHash),
      meta,
      head: job.head,
    })
    return { key, ...job }
  })
}

export async function prerenderSite(options: PrerenderOptions) {
  const started = performance.now()
  const dataset = assertValidDataset(options.dataDir)
  const index = indexDataset(dataset)
  const rendererUrl = pathToFileURL(path.join(options.ssrDir, 'entry-server.js')).href
  const renderer = (await import(rendererUrl)) as Renderer
  const host: HostOptions = { base: renderer.basePath, siteUrl: options.siteUrl }
  const { outDir } = options
  const apiDir = path.join(outDir, 'api')

  const frame = pageFrame(outDir, host.base)
  const loader = await inlineLoader(frame.loaderCode)
  const headersFile = path.join(outDir, '_headers')
  const headers = completeHeadersFile(readFileSync(headersFile, 'utf8'), {
    styles: frame.styles.map((style) => style.hash),
    scripts: [loader.hash],
  })
  writeFileSync(headersFile, headers.text)
  const shared = {
    policy: metaPolicy(headers.contentSecurityPolicy),
    styles: frame.styles.map((style) => style.tag).join(''),
    loader: loader.tag,
  }
  const pageFrameData: PageFrame = { base: host.base, manifest: frame.manifest, shared }
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, html)
  }

  const app = appKey({
    renderer: folderDigest(options.ssrDir),
    manifest: frame.manifestText,
    template: pageDocument(host.base, {
      ...shared,
      head: '',
      modules: '',
      root: '',
      afterRoot: '',
    }),
    builder: digest(folderDigest('build'), folderDigest('src')),
    base: host.base,
    siteUrl: host.siteUrl,
  })
  const cache = new PageCache(cacheRoot, app)
  const pages = pagesOf(index)
  const planned = planPages(pageInputs(pages, index, host, apiDir, app), cache.keys)
  for (const page of planned.reuse) {
    const file = outputFile(outDir, page.path)
    mkdirSync(path.dirname(file), { recursive: true })
    cache.placeAt(page.key, file)
  }
  const workers = await renderInWorkers(
    { rendererUrl, apiDir, frame: pageFrameData },
    planned.render,
    (job, html) => {
      write(outputFile(outDir, job.path), html)
      cache.store(job.key, html)
    },
  )
  cache.keepOnly(new Set([...planned.reuse, ...planned.render].map((page) => page.key)))
  await writeNotFoundPage(index, renderer, apiDir, host, (slots) =>
    write(
      path.join(outDir, '404.html'),
      pageDocument(host.base, {
        ...shared,
        ...slots,
        modules: modulesMeta(pageModuleKeys(slots.routeIds), frame.manifest, host.base),
      }),
    ),
  )
  const pagesDone = performance.now()

  writeWebManifest(outDir, host.base)
  const images = await writeOgImages(index, outDir)
  const imagesDone = performance.now()

  if (host.siteUrl) {
    writeFileSync(
      path.join(outDir, 'sitemap.xml'),
      sitemap(
        pages.map((page) => page.path),
        host,
      ),
    )
    const robots = path.join(outDir, 'robots.txt')
    if (existsSync(robots)) {
      const sitemapUrl = publicUrl('sitemap.xml', host)
      writeFileSync(robots, `${readFileSync(robots, 'utf8').trimEnd()}\nSitemap: ${sitemapUrl}\n`)
    }
  }
  const onWorkers = planned.render.length
    ? ` on ${workers} ${workers === 1 ? 'worker' : 'workers'}`
    : ''
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1)
  console.log(
    `Prerendered ${pages.length} pages (${planned.render.length} rendered${onWorkers}, ` +
      `${planned.reuse.length} reused from the cache) ` +
      `in ${seconds(started, pagesDone)} s and ${images.total} Open Graph images ` +
      `(${images.drawn} redrawn, the rest cached) in ${seconds(pagesDone, imagesDone)} s into ` +
      `${path.relative('.', outDir) || '.'}/; ${buildCost()}`,
  )
}

/** The whole build process's CPU time and peak memory so far, its worker threads included. */
function buildCost(): string {
  const usage = process.resourceUsage()
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6
  return `CPU ${cpu.toFixed(0)} s, peak memory ${Math.round(usage.maxRSS / 1024)} MB`
}

/**
 * Hosts serve 404.html for unknown paths, whatever the path. It shows the not-found view with the
 * shell before any script runs, and carries no state: the app renders it afresh for the path it
 * is served at instead of hydrating markup rendered for another.
 */
async function writeNotFoundPage(
  index: DatasetIndex,
  renderer: Renderer,
  apiDir: string,
  host: HostOptions,
  write: (
    slots: Omit<PageSlots, 'policy' | 'styles' | 'loader' | 'modules'> & { routeIds: string[] },
  ) => void,
) {
  const url = withBase(host.base, '/404')
  const rendered = await renderer.renderPage(url, loadFromFiles(apiDir))
  const { head, body } = splitHoisted(rendered.html)
  const meta = pageMetaFor(index, '/404')
  assertRenderedTitle(head, meta.title, '404.html')
  write({
    head: headTags(meta, host, { withTitle: false }) + head,
    root: body,
    afterRoot: '',
    routeIds: rendered.routeIds,
  })
}
