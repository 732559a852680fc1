import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { init, parse } from 'es-module-lexer'
import { matchPage, pageKindNames } from '../build/pages/page-kinds.ts'
import { modulesMetaName } from '../src/boot.ts'
import { featuredWorkSlug } from '../src/data/site.ts'

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

function fileGzip(file: string): number {
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

function kindsOf(reports: PageReport[]): string[] {
  const present = new Set(reports.map((report) => report.kind))
  return kindOrder.filter((kind) => present.has(kind))
}

type Tag = { name: string; attributes: Map<string, string>; content: string }

/** The tags of a page that load code or style; enough HTML parsing for Vite's own output. */
export function loadingTags(html: string): Tag[] {
  const tags: Tag[] = []
  const pattern = /<(script|link|style)\b([^>]*)>(?:([\s\S]*?)<\/\1>)?/gi
  for (const match of html.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase()
    const attributes = new Map<string, string>()
    for (const attribute of (match[2] ?? '').matchAll(
      /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      const key = (attribute[1] ?? '').toLowerCase()
      attributes.set(key, attribute[2] ?? attribute[3] ?? attribute[4] ?? '')
    }
    tags.push({ name, attributes, content: match[3] ?? '' })
  }
  return tags
}

/**
 * The file under dist/ a URL in a page refers to. The site may be built for a sub-path
 * (BASE_PATH), so leading segments that are not folders of dist/ are the base and are dropped.
 */
export function resolveAsset(distDir: string, page: string, url: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('http://localhost')) return null
  const pageUrl = new URL(page.endsWith('/') ? page : `${page}/`, 'http://localhost')
  const segments = new URL(url, pageUrl).pathname.split('/').filter(Boolean)
  for (let skip = 0; skip < segments.length; skip++) {
    const candidate = path.join(distDir, ...segments.slice(skip).map(decodeURIComponent))
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
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

/**
 * One readable line per page kind and budget that is exceeded (a shared chunk over budget would
 * otherwise print the same line for every page), and one per lazy-only module loaded early.
 */
export function budgetProblems(reports: PageReport[]): string[] {
  const problems: string[] = []
  for (const kind of kindsOf(reports)) {
    const pages = reports.filter((report) => report.kind === kind)
    for (const key of ['js', 'css', 'html'] as const) {
      const over = pages.filter((report) => report[key] > budgets[key])
      const worst = over.reduce<PageReport | null>(
        (a, b) => (a === null || b[key] > a[key] ? b : a),
        null,
      )
      if (!worst) continue
      const label = key === 'js' ? 'first-visit JS' : key.toUpperCase()
      problems.push(
        `${kind}: ${label} of ${worst.page} is ${kB(worst[key])} gzip, over the ` +
          `${kB(budgets[key])} budget by ${kB(worst[key] - budgets[key])}` +
          (over.length > 1 ? ` (${over.length} of ${pages.length} ${kind} pages over)` : ''),
      )
    }
    const violations = new Set(pages.flatMap((report) => report.lazyViolations))
    for (const violation of violations) {
      problems.push(`${kind}: ${violation}; it must load lazily (dynamic import)`)
    }
  }
  return problems
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  )
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
  return [line(headers), widths.map((w) => '-'.repeat(w)), ...rows.map(line)]
    .map((cells) => cells.join('  '))
    .join('\n')
}

/** Per page kind, the largest page of that kind (the one a budget would trip on first). */
export function kindTable(reports: PageReport[]): string {
  const rows = kindsOf(reports).map((kind) => {
    const pages = reports.filter((report) => report.kind === kind)
    const worst = (key: 'js' | 'css' | 'html') => Math.max(...pages.map((page) => page[key]))
    const heaviest = pages.reduce((a, b) => (b.js + b.html > a.js + a.html ? b : a))
    return [
      kind,
      String(pages.length),
      String(worst('js')),
      String(worst('css')),
      String(worst('html')),
      heaviest.page,
    ]
  })
  rows.push([
    'budget',
    '',
    String(budgets.js),
    String(budgets.css),
    String(budgets.html),
    'bytes, gzip -9',
  ])
  return table(['page kind', 'pages', 'JS', 'CSS', 'HTML', 'largest page'], rows)
}

export function chunkTable(distDir: string, reports: PageReport[]): string {
  const chunks = new Map<string, number>()
  for (const report of reports) {
    for (const chunk of report.chunks) chunks.set(chunk, (chunks.get(chunk) ?? 0) + 1)
  }
  const assets = path.join(distDir, 'assets')
  const lazy = existsSync(assets)
    ? readdirSync(assets)
        .filter((name) => name.endsWith('.js') && !chunks.has(`assets/${name}`))
        .map((name) => `assets/${name}`)
    : []
  const rows = [
    ...[...chunks].map(([chunk, pages]) => [
      chunk,
      String(fileGzip(path.join(distDir, chunk))),
      `first visit on ${pages} of ${reports.length} pages`,
    ]),
    ...lazy.map((chunk) => [chunk, String(fileGzip(path.join(distDir, chunk))), 'lazy']),
  ]
  return table(['chunk', 'gzip', 'loaded'], rows)
}

async function main(): Promise<number> {
  const distDir = path.resolve(process.argv[2] ?? 'dist')
  const reports = await measureSite(distDir)
  console.log(`Budgets of ${reports.length} prerendered pages in ${path.relative('.', distDir)}/`)
  console.log(kindTable(reports))
  console.log()
  console.log(chunkTable(distDir, reports))
  const problems = budgetProblems(reports)
  if (problems.length === 0) {
    console.log('\nEvery page is within its budgets; search code loads lazily.')
    return 0
  }
  console.error(`\n${problems.length} budget ${problems.length === 1 ? 'problem' : 'problems'}:`)
  for (const problem of problems) console.error(`  ${problem}`)
  return 1
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) process.exitCode = await main()
