import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { init, parse } from 'es-module-lexer'
import { modulesMetaName } from '../../src/boot.ts'
import { matchPage, pageKindNames } from '../../src/config/page-kinds.ts'
import { featuredWorkSlug } from '../../src/data/site.ts'
import { loadingTags, resolveAsset } from './html-tags.ts'

/*
 * `npm run budgets` (run by `npm test` after the build): the bytes a first visit costs, per
 * prerendered page, gzip -9 as a CDN would serve them. Sizes, not timings, so the check is stable
 * on any machine. The JS of a first visit is what the HTML loads (module scripts, modulepreloads,
 * inline scripts, and the modules its loader runs after the first paint, named in
 * <meta name="app-modules">) plus everything those chunks import
 * statically; dynamic imports are lazy and not counted, which is exactly where search and the
 * command palette must live.
 */

export const budgets = { js: 125_000, css: 12_000, html: 30_000 } as const

/** Code that must only arrive when used: the search engine, the palette, Hangul folding. */
const lazyOnly: { what: string; test: (chunk: Chunk) => boolean }[] = [
  {
    what: 'es-hangul',
    // es-hangul keeps the range of complete syllables as the literal "각힣" (U+AC01 U+D7A3)
    // through minification, whichever of its functions is bundled.
    test: (chunk) => chunk.code.includes('각힣') || /\\uac01\\ud7a3/i.test(chunk.code),
  },
  {
    what: 'search or palette chunk',
    test: (chunk) => /(?:^|[-_/])(search|palette|command)/i.test(path.basename(chunk.file)),
  },
]

type Chunk = { file: string; code: string; gzip: number }

export type PageReport = {
  /** The URL path the page is served at, e.g. `/people/jeon-jong-seo`. */
  page: string
  kind: string
  html: number
  css: number
  js: number
  /** First-visit chunks, relative to dist/, in load order. */
  chunks: string[]
  stylesheets: string[]
  inlineCss: number
  lazyViolations: string[]
}

const gzipCache = new Map<string, number>()

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length
}

export function fileGzip(file: string): number {
  let size = gzipCache.get(file)
  if (size === undefined) {
    size = gzipSize(readFileSync(file))
    gzipCache.set(file, size)
  }
  return size
}

/** Every prerendered page: each index.html under dist/, plus 404.html. */
export function htmlFiles(distDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'api' && entry.name !== 'assets' && !entry.name.startsWith('.'))
          walk(full)
      } else if (entry.name === 'index.html' || (dir === distDir && entry.name === '404.html')) {
        found.push(full)
      }
    }
  }
  walk(distDir)
  return found.sort()
}

export function pageOf(distDir: string, htmlFile: string): string {
  const relative = path.relative(distDir, htmlFile).split(path.sep).join('/')
  if (relative === '404.html') return '/404.html'
  return `/${relative.replace(/(^|\/)index\.html$/, '')}`
}

/** The page kinds the tables group by: the route table's, with the featured film apart. */
export function kindOf(page: string): string {
  if (page === '/404.html') return '404 shell'
  const matched = matchPage(page)
  if (!matched) return 'other'
  if (matched.kind === 'home') return 'home (film)'
  if (matched.kind === 'film' && matched.params.slug !== featuredWorkSlug) return 'other work'
  return matched.kind
}

const kindOrder = [
  'home (film)',
  ...pageKindNames.flatMap((kind) =>
    kind === 'home' ? [] : kind === 'film' ? ['film', 'other work'] : [kind],
  ),
  '404 shell',
  'other',
]

export function kindsOf(reports: PageReport[]): string[] {
  const present = new Set(reports.map((report) => report.kind))
  return kindOrder.filter((kind) => present.has(kind))
}

/** A chunk and every chunk it imports statically, depth first, each once. */
export function staticGraph(entries: string[]): Chunk[] {
  const seen = new Map<string, Chunk>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    const code = readFileSync(file, 'utf8')
    seen.set(file, { file, code, gzip: fileGzip(file) })
    const [imports] = parse(code, file)
    for (const { type, specifier } of imports) {
      // Dynamic imports load lazily, when the code that needs them runs.
      const followed = type === 'static' || type === 'reexport-star'
      if (!followed || !specifier) continue
      if (!specifier.startsWith('.')) {
        throw new Error(`${file} imports ${specifier}: expected a relative chunk path`)
      }
      const target = path.resolve(path.dirname(file), specifier)
      if (!existsSync(target)) throw new Error(`${file} imports ${specifier}, not in dist/`)
      visit(target)
    }
  }
  for (const entry of entries) visit(entry)
  return [...seen.values()]
}

export async function measurePage(distDir: string, htmlFile: string): Promise<PageReport> {
  await init
  const page = pageOf(distDir, htmlFile)
  const html = readFileSync(htmlFile, 'utf8')
  const entries: string[] = []
  const stylesheets: string[] = []
  let inlineStyles = ''
  let inlineScripts = ''
  // What src/boot.ts runs after the first paint: the app and the page's own modules.
  const modulesMeta = new RegExp(`<meta name="${modulesMetaName}" content="([^"]*)"`)
  for (const url of html.match(modulesMeta)?.[1]?.split(' ').filter(Boolean) ?? []) {
    const file = resolveAsset(distDir, page, url)
    if (!file) throw new Error(`${page}: ${url} is not a file in dist/`)
    entries.push(file)
  }
  for (const tag of loadingTags(html)) {
    const rel = tag.attributes.get('rel')?.toLowerCase().split(/\s+/) ?? []
    const url =
      tag.name === 'script' ? tag.attributes.get('src') : (tag.attributes.get('href') ?? undefined)
    if (tag.name === 'style') inlineStyles += tag.content
    if (tag.name === 'script' && tag.attributes.get('type') === 'module' && !url) {
      inlineScripts += tag.content
    }
    if (!url) continue
    const isModule = tag.name === 'script' && tag.attributes.get('type') === 'module'
    const isClassicScript = tag.name === 'script' && !tag.attributes.has('type')
    const isPreload = tag.name === 'link' && rel.includes('modulepreload')
    const isStylesheet = tag.name === 'link' && rel.includes('stylesheet')
    if (!isModule && !isClassicScript && !isPreload && !isStylesheet) continue
    const file = resolveAsset(distDir, page, url)
    if (!file) throw new Error(`${page}: ${url} is not a file in dist/`)
    if (isStylesheet) stylesheets.push(file)
    else entries.push(file)
  }
  const chunks = staticGraph(entries)
  const css = stylesheets.reduce((sum, file) => sum + fileGzip(file), 0)
  const inlineCss = inlineStyles ? gzipSize(inlineStyles) : 0
  const lazyViolations =
    kindOf(page) === 'search'
      ? []
      : lazyOnly.flatMap(({ what, test }) =>
          chunks
            .filter(test)
            .map((chunk) => `${what} in ${path.relative(distDir, chunk.file)} (first visit)`),
        )
  return {
    page,
    kind: kindOf(page),
    html: gzipSize(html),
    css: css + inlineCss,
    js:
      chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) +
      (inlineScripts ? gzipSize(inlineScripts) : 0),
    chunks: chunks.map((chunk) => path.relative(distDir, chunk.file)),
    stylesheets: stylesheets.map((file) => path.relative(distDir, file)),
    inlineCss,
    lazyViolations,
  }
}

export async function measureSite(distDir: string): Promise<PageReport[]> {
  const files = htmlFiles(distDir)
  if (files.length === 0) throw new Error(`No pages in ${distDir}: run npm run build first`)
  const reports: PageReport[] = []
  for (const file of files) reports.push(await measurePage(distDir, file))
  return reports
}
