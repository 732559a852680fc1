import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { pageKinds, pageModuleFile, type PageKindName } from '../../src/config/page-kinds.ts'
import { NotFoundError } from '../../src/data/payload-paths.ts'
import type * as RendererModule from '../../src/entry-server.tsx'
import { assertValidDataset } from '../dataset/load.ts'
import { payloadFiles } from '../dataset/payloads.ts'
import { indexDataset, type DatasetIndex } from '../dataset/selectors.ts'
import { writeOgImages } from '../og-images.ts'
import { escapeAttribute, headTags, publicUrl, type HostOptions } from '../pages/head-tags.ts'
import { pageMetaFor, pagesOf } from '../pages/page-kinds.ts'
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
import { pageDocument, type PageSlots } from './page-template.ts'
import { assertRenderedTitle, splitHoisted, stateScript } from './rendered-page.ts'
import { writeWebManifest } from './web-manifest.ts'

/*
 * Writes a static HTML file for every page of the route table, so each URL opens directly from a
 * link on any static host, readable before (and without) JavaScript, with the tags link previews
 * read and its CSS inlined. Runs after `vite build` (the client, into outDir) and
 * `vite build --ssr` (the renderer, into ssrDir).
 */

type Renderer = typeof RendererModule

type PrerenderOptions = {
  dataDir: string
  outDir: string
  ssrDir: string
  siteUrl: string | undefined
}

export function outputFile(distDir: string, route: string): string {
  return path.join(distDir, route, 'index.html')
}

/** SITE_URL as an origin (a path in it is ignored: BASE_PATH says where the site lives). */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined
  const url = new URL(value.trim())
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, not ${value}`)
  }
  return url.origin
}

function sitemap(routes: string[], host: HostOptions): string {
  const urls = routes.map(
    (route) => `<url><loc>${escapeAttribute(publicUrl(route, host))}</loc></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** Answers the renderer's payload reads from memory, exactly as the build writes them to api/. */
export function loadFrom(payloads: Map<string, unknown>) {
  return async (path: string) => {
    const payload = payloads.get(path)
    if (payload == null) throw new NotFoundError(path)
    return payload
  }
}

/** The not-found view's module, which the app loads before rendering a page that needs it. */
const notFoundModuleKey = 'src/routes/not-found.tsx'

/** The manifest keys of the page modules of the routes a page matched. */
export function pageModuleKeys(routeIds: string[]): string[] {
  return routeIds.flatMap((id) => {
    if (id === 'not-found') return [notFoundModuleKey]
    return id in pageKinds ? [pageModuleFile(pageKinds[id as PageKindName].module)] : []
  })
}

/** The parts every page shares, from the client build: styles, loader, CSP. */
function pageFrame(outDir: string, base: string) {
  const manifestFile = path.join(outDir, '.vite', 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest
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
  return { manifest, loaderCode, styles }
}

export async function prerenderSite(options: PrerenderOptions) {
  const started = performance.now()
  const dataset = assertValidDataset(options.dataDir)
  const index = indexDataset(dataset)
  const renderer = (await import(
    pathToFileURL(path.join(options.ssrDir, 'entry-server.js')).href
  )) as Renderer
  const host: HostOptions = { base: renderer.basePath, siteUrl: options.siteUrl }
  const { outDir } = options

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
  const pageModules = (routeIds: string[]) =>
    modulesMeta(pageModuleKeys(routeIds), frame.manifest, host.base)
  const load = loadFrom(payloadFiles(dataset))
  const write = (file: string, slots: Omit<PageSlots, keyof typeof shared>) => {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, pageDocument(host.base, { ...shared, ...slots }))
  }

  const pages = pagesOf(index)
  for (const page of pages) {
    // The router matches full paths under its basename: /explorer/people/x, not /people/x.
    const rendered = await renderer.renderPage(`${host.base}${page.path.slice(1)}`, load)
    if (rendered.status !== 200)
      throw new Error(`${page.path} rendered with status ${rendered.status}`)
    const meta = pageMetaFor(index, page.path)
    const { head, body } = splitHoisted(rendered.html)
    assertRenderedTitle(head, meta.title, page.path)
    write(outputFile(outDir, page.path), {
      head: headTags(meta, host, { withTitle: false }) + head,
      modules: pageModules(rendered.routeIds),
      root: body,
      afterRoot: stateScript(rendered.state),
    })
  }
  await writeNotFoundPage(index, renderer, load, host, (slots) =>
    write(path.join(outDir, '404.html'), { ...slots, modules: pageModules(slots.routeIds) }),
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
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1)
  console.log(
    `Prerendered ${pages.length} pages in ${seconds(started, pagesDone)} s and ` +
      `${images.total} Open Graph images (${images.drawn} redrawn, the rest cached) in ` +
      `${seconds(pagesDone, imagesDone)} s into ${path.relative('.', outDir) || '.'}/`,
  )
}

/**
 * Hosts serve 404.html for unknown paths, whatever the path. It shows the not-found view with the
 * shell before any script runs, and carries no state: the app renders it afresh for the path it
 * is served at instead of hydrating markup rendered for another.
 */
async function writeNotFoundPage(
  index: DatasetIndex,
  renderer: Renderer,
  load: ReturnType<typeof loadFrom>,
  host: HostOptions,
  write: (slots: Omit<PageSlots, 'policy' | 'styles' | 'loader'> & { routeIds: string[] }) => void,
) {
  const rendered = await renderer.renderPage(`${host.base}404`, load)
  const { head, body } = splitHoisted(rendered.html)
  const meta = pageMetaFor(index, '/404')
  assertRenderedTitle(head, meta.title, '404.html')
  write({
    head: headTags(meta, host, { withTitle: false }) + head,
    modules: '',
    root: body,
    afterRoot: '',
    routeIds: rendered.routeIds,
  })
}
