import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { pageKinds } from '../../src/config/page-kinds.ts'
import { buildCacheRoot } from '../cache-files.ts'
import { digest, folderDigest } from '../digest.ts'
import { filesIn } from '../files-in.ts'
import type { OutputFolder } from '../output-folder.ts'
import type { Dataset } from '../dataset/schema.ts'
import { indexDataset, type DatasetIndex } from '../dataset/selectors.ts'
import { writePayloads } from '../dataset/write-payloads.ts'
import { withBase } from '../host.ts'
import { writeOgImages } from '../og-images.ts'
import { escapeAttribute, headTags, publicUrl, type HostOptions } from '../pages/head-tags.ts'
import { featuredHash, metaInputs } from '../pages/meta-inputs.ts'
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
import { appKey, pageKey, PageCache, planPages } from './page-cache.ts'
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
import { webManifestFile, webManifestText } from './web-manifest.ts'

/*
 * Writes a static HTML file for every page of the route table, so each URL opens directly from a
 * link on any static host, readable before (and without) JavaScript, with the tags link previews
 * read and its CSS inlined; and the payloads, the client's files and the Open Graph images, all
 * into the output folder (output-folder.ts). Runs after `vite build` (the client, into clientDir)
 * and `vite build --ssr` (the renderer, into ssrDir). Pages are rendered on worker threads and
 * kept in a cache (page-cache.ts): a rebuild renders only the pages whose inputs changed.
 */

type PrerenderOptions = {
  /** The validated dataset (build/dataset/load.ts). */
  dataset: Dataset
  /** Where the client was built; its files are copied into the output. */
  clientDir: string
  output: OutputFolder
  ssrDir: string
  siteUrl: string | undefined
}

/** A page's file, relative to the output folder. */
export function outputFile(route: string): string {
  return path.posix.join(route.replace(/^\//, ''), 'index.html')
}

function sitemap(routes: string[], host: HostOptions): string {
  const urls = routes.map(
    (route) => `<url><loc>${escapeAttribute(publicUrl(route, host))}</loc></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** The parts every page shares, from the client build: styles, loader, CSP. */
function pageFrame(clientDir: string, base: string) {
  const manifestText = readFileSync(path.join(clientDir, manifestFile), 'utf8')
  const manifest = JSON.parse(manifestText) as Manifest
  const loaderFile = manifestChunk(manifest, loaderKey).file
  const loaderCode = readFileSync(path.join(clientDir, loaderFile), 'utf8')
  const styles = (manifestChunk(manifest, appEntryKey).css ?? []).map((file) =>
    inlineStylesheet(file, readFileSync(path.join(clientDir, file), 'utf8'), base),
  )
  return { manifest, manifestText, loaderFile, loaderCode, styles }
}

const manifestFile = '.vite/manifest.json'

/** Files of the client build the prerenderer completes before they go into the output. */
const completedFiles = { headers: '_headers', robots: 'robots.txt' }

/**
 * The client build's files that go into the output as they are, relative to its folder. Not the
 * manifest (a build artefact), the loader (inlined into every page), Vite's index.html (every
 * page, the home page too, is prerendered) or the files the prerenderer completes.
 */
function clientFiles(clientDir: string, loaderFile: string): string[] {
  const left = new Set([loaderFile, 'index.html', ...Object.values(completedFiles)])
  return filesIn(clientDir).filter((file) => !left.has(file) && !file.startsWith('.vite/'))
}

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

/** What the output folder's record keeps of each page between builds. */
type PageNote = { inputs: string; key: string }
const pagesNote = 'pages'

/**
 * Every page's cache key. A page whose meta inputs (meta-inputs.ts) are as the last build left
 * them, and whose HTML is still at hand, keeps its key without its meta being made again; the
 * rest get a render job, keyed by their payloads' ids, their meta and their head tags.
 */
function pageInputs(options: {
  pages: Page[]
  index: DatasetIndex
  host: HostOptions
  payloads: { hashes: ReadonlyMap<string, string>; keys: ReadonlyMap<string, string> }
  app: string
  previous: Partial<Record<string, PageNote>>
  atHand: (path: string, key: string) => boolean
}) {
  const { index, host, payloads, app, previous } = options
  const payloadHash = (file: string) => payloads.hashes.get(file) ?? digest('')
  const featured = featuredHash(index)
  const jobs: KeyedJob[] = []
  const unchanged: { path: string; key: string }[] = []
  const notes: Record<string, PageNote> = {}
  for (const page of options.pages) {
    const inputs = digest(app, metaInputs(page, payloads.keys, featured))
    const before = previous[page.path]
    if (before?.inputs === inputs && options.atHand(page.path, before.key)) {
      unchanged.push({ path: page.path, key: before.key })
      notes[page.path] = before
      continue
    }
    const { meta, ...job } = pageJob(page, index, host)
    const key = pageKey(app, {
      path: page.path,
      payloads: job.payloads.map(payloadHash),
      meta,
      head: job.head,
    })
    jobs.push({ key, ...job })
    notes[page.path] = { inputs, key }
  }
  return { jobs, unchanged, notes }
}

export async function prerenderSite(options: PrerenderOptions) {
  const { output, clientDir } = options
  const index = indexDataset(options.dataset)
  // The code the payloads and pages are made by: when it changes, every one is made again. With
  // the installed packages (search folding, rendering) and Node (its collation data) it runs on.
  const builder = digest(
    folderDigest('build'),
    folderDigest('src'),
    readFileSync('package-lock.json'),
    JSON.stringify(process.versions),
  )

  const payloadsStarted = performance.now()
  const payloads = await writePayloads(index, output, builder)
  console.log(
    `Wrote the payloads: ${payloads.computed} of ${payloads.groups} groups computed, the rest ` +
      `unchanged, in ${((performance.now() - payloadsStarted) / 1000).toFixed(1)} s`,
  )

  const started = performance.now()
  const rendererUrl = pathToFileURL(path.join(options.ssrDir, 'entry-server.js')).href
  const renderer = (await import(rendererUrl)) as Renderer
  const host: HostOptions = { base: renderer.basePath, siteUrl: options.siteUrl }
  const apiDir = path.join(output.dir, 'api')

  const frame = pageFrame(clientDir, host.base)
  const loader = await inlineLoader(frame.loaderCode)
  const headers = completeHeadersFile(
    readFileSync(path.join(clientDir, completedFiles.headers), 'utf8'),
    {
      styles: frame.styles.map((style) => style.hash),
      scripts: [loader.hash],
    },
  )
  for (const file of clientFiles(clientDir, frame.loaderFile)) {
    output.write(file, readFileSync(path.join(clientDir, file)))
  }
  output.write(completedFiles.headers, headers.text)
  const shared = {
    policy: metaPolicy(headers.contentSecurityPolicy),
    styles: frame.styles.map((style) => style.tag).join(''),
    loader: loader.tag,
  }
  const pageFrameData: PageFrame = { base: host.base, manifest: frame.manifest, shared }

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
    builder,
    base: host.base,
    siteUrl: host.siteUrl,
  })
  const cache = new PageCache(buildCacheRoot, app)
  const pages = pagesOf(index)
  const inputs = pageInputs({
    pages,
    index,
    host,
    payloads,
    app,
    previous: (output.note(pagesNote) ?? {}) as Partial<Record<string, PageNote>>,
    atHand: (path, key) => output.has(outputFile(path), key) || cache.keys.has(key),
  })
  output.setNote(pagesNote, inputs.notes)
  const planned = planPages(inputs.jobs, cache.keys)
  const reused = [...planned.reuse, ...inputs.unchanged]
  for (const page of reused) {
    output.place(outputFile(page.path), cache.fileOf(page.key), page.key)
  }
  const workers = await renderInWorkers(
    { rendererUrl, apiDir, frame: pageFrameData },
    planned.render,
    (job, html) => {
      cache.store(job.key, html)
      output.place(outputFile(job.path), cache.fileOf(job.key), job.key)
    },
  )
  cache.keepOnly(new Set([...reused, ...planned.render].map((page) => page.key)))
  await writeNotFoundPage(index, renderer, apiDir, host, (slots) =>
    output.write(
      '404.html',
      pageDocument(host.base, {
        ...shared,
        ...slots,
        modules: modulesMeta(pageModuleKeys(slots.routeIds), frame.manifest, host.base),
      }),
    ),
  )
  const pagesDone = performance.now()

  output.write(webManifestFile, webManifestText(host.base))
  const images = await writeOgImages(index, output)
  const imagesDone = performance.now()

  if (host.siteUrl) {
    output.write(
      'sitemap.xml',
      sitemap(
        pages.map((page) => page.path),
        host,
      ),
    )
  }
  const robots = path.join(clientDir, completedFiles.robots)
  if (existsSync(robots)) {
    const text = readFileSync(robots, 'utf8')
    const sitemapLine = host.siteUrl ? `Sitemap: ${publicUrl('sitemap.xml', host)}\n` : ''
    output.write(completedFiles.robots, sitemapLine ? `${text.trimEnd()}\n${sitemapLine}` : text)
  }
  const onWorkers = planned.render.length
    ? ` on ${workers} ${workers === 1 ? 'worker' : 'workers'}`
    : ''
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1)
  console.log(
    `Prerendered ${pages.length} pages (${planned.render.length} rendered${onWorkers}, ` +
      `${reused.length} reused from the cache) ` +
      `in ${seconds(started, pagesDone)} s and ${images.total} Open Graph images ` +
      `(${images.drawn} redrawn, the rest cached) in ${seconds(pagesDone, imagesDone)} s into ` +
      `${path.relative('.', output.dir) || '.'}/; ${buildCost()}`,
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
