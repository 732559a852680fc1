import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { startStaticServer } from './static-server.ts'

/*
 * `npm run lighthouse` (after `npm run build`): Lighthouse with its mobile defaults (a mid-range
 * phone on slow 4G, simulated) on the pages people share most, served with gzip the way a CDN
 * would. Not part of `npm test`: it takes about 15 s a page and its timings vary with the load
 * of the machine. Exits 1 when a page misses 100 in any category or a metric's target.
 */

const pages = [
  { name: 'film', path: '/films/ballerina-2023' },
  { name: 'cast', path: '/films/ballerina-2023/cast' },
  { name: 'person', path: '/people/jeon-jong-seo' },
]

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export const targets = { score: 100, lcpMs: 1200, cls: 0, tbtMs: 50 } as const

type Audit = {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  displayValue?: string
  numericValue?: number
  details?: { items?: Record<string, unknown>[] }
  metricSavings?: Record<string, number>
}
type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, Audit>
  runtimeError?: { code: string; message: string }
}

export type PageResult = {
  name: string
  url: string
  scores: Record<(typeof categories)[number], number>
  lcpMs: number
  cls: number
  tbtMs: number
  fcpMs: number
  /** Audits that cost points or time, worst first, as "title: value". */
  findings: string[]
}

const chromePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file))

/** Full reports stay in .lighthouse/ (ignored by git), to open in the Lighthouse viewer. */
const reportDir = '.lighthouse'

async function runLighthouse(name: string, url: string): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ballerina-lighthouse-'))
  const output = path.join(dir, 'report.json')
  try {
    await promisify(execFile)(
      path.resolve('node_modules/.bin/lighthouse'),
      [
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        `--only-categories=${categories.join(',')}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
    )
    mkdirSync(reportDir, { recursive: true })
    copyFileSync(output, path.join(reportDir, `${name}.json`))
    return JSON.parse(readFileSync(output, 'utf8')) as Report
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What stands between the page and a perfect run: failing audits, biggest savings first. */
function findingsOf(report: Report): string[] {
  const weighted = new Set(
    Object.values(report.categories).flatMap((category) => category.auditRefs.map((ref) => ref.id)),
  )
  const failing = Object.values(report.audits).filter(
    (audit) =>
      weighted.has(audit.id) &&
      audit.score !== null &&
      audit.score < 1 &&
      !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode),
  )
  const savings = (audit: Audit) =>
    Object.values(audit.metricSavings ?? {}).reduce((sum, value) => sum + value, 0)
  return failing
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || savings(b) - savings(a))
    .slice(0, 10)
    .map((audit) => {
      const value = audit.displayValue ? `: ${audit.displayValue}` : ''
      const save = savings(audit) > 0 ? ` (saves ~${Math.round(savings(audit))} ms)` : ''
      const items = (audit.details?.items ?? []).slice(0, 3).map(describeItem).filter(Boolean)
      const where = items.map((item) => `\n      ${item}`).join('')
      return `${audit.title}${value}${save} [${audit.id}, score ${audit.score}]${where}`
    })
}

/** One detail row of an audit (an element, a console message, a request) as a short line. */
function describeItem(item: Record<string, unknown>): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const node = item.node as { selector?: string; snippet?: string } | undefined
  if (node) return `${text(node.selector)} ${text(node.snippet).slice(0, 120)}`.trim()
  const line = text(item.description) || text(item.issueType) || text(item.url) || text(item.source)
  return line.slice(0, 160)
}

export function resultOf(name: string, url: string, report: Report): PageResult {
  if (report.runtimeError) {
    throw new Error(`${url}: ${report.runtimeError.code} ${report.runtimeError.message}`)
  }
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100)
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN
  return {
    name,
    url,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
    fcpMs: metric('first-contentful-paint'),
    findings: findingsOf(report),
  }
}

export function misses(result: PageResult): string[] {
  const out: string[] = []
  for (const category of categories) {
    if (result.scores[category] < targets.score) {
      out.push(`${result.name}: ${category} ${result.scores[category]} < ${targets.score}`)
    }
  }
  if (!(result.lcpMs <= targets.lcpMs)) {
    out.push(`${result.name}: LCP ${Math.round(result.lcpMs)} ms > ${targets.lcpMs} ms`)
  }
  if (!(result.cls <= targets.cls)) out.push(`${result.name}: CLS ${result.cls.toFixed(3)} > 0`)
  if (!(result.tbtMs <= targets.tbtMs)) {
    out.push(`${result.name}: TBT ${Math.round(result.tbtMs)} ms > ${targets.tbtMs} ms`)
  }
  return out
}

function printTable(results: PageResult[]) {
  const headers = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'CLS', 'TBT ms']
  const rows = results.map((r) => [
    r.name,
    String(r.scores.performance),
    String(r.scores.accessibility),
    String(r.scores['best-practices']),
    String(r.scores.seo),
    String(Math.round(r.fcpMs)),
    String(Math.round(r.lcpMs)),
    r.cls.toFixed(3),
    String(Math.round(r.tbtMs)),
  ])
  rows.push(['target', '100', '100', '100', '100', '', '≤ 1200', '0', '≤ 50'])
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  )
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
  console.log(line(headers))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

async function main(): Promise<number> {
  if (!chromePath) {
    console.error('No Chromium: install one (apt-get install -y chromium) or set CHROME_PATH.')
    return 1
  }
  // Another directory can be measured instead, e.g. a copy of dist/ that no rebuild can touch.
  const root = process.argv[2] ?? 'dist'
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`No build in ${root}/: run npm run build first.`)
    return 1
  }
  const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/'
  const server = await startStaticServer({ root, base, useHeadersFile: true })
  const { port } = server.address() as AddressInfo
  const results: PageResult[] = []
  try {
    for (const page of pages) {
      const url = `http://127.0.0.1:${port}${base}${page.path.slice(1)}`
      console.error(`Lighthouse (mobile) ${url} …`)
      results.push(resultOf(page.name, url, await runLighthouse(page.name, url)))
    }
  } finally {
    server.close()
  }
  console.log(`\nLighthouse ${new Date().toISOString().slice(0, 10)}, mobile defaults, gzip\n`)
  printTable(results)
  for (const result of results) {
    if (result.findings.length === 0) continue
    console.log(`\n${result.name} (${result.url}):`)
    for (const finding of result.findings) console.log(`  - ${finding}`)
  }
  const missed = results.flatMap(misses)
  if (missed.length === 0) {
    console.log('\nEvery page meets every target.')
    return 0
  }
  console.error(`\n${missed.length} ${missed.length === 1 ? 'target' : 'targets'} missed:`)
  for (const miss of missed) console.error(`  ${miss}`)
  return 1
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) process.exitCode = await main()
