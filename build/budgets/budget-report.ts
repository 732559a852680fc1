import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { textTable } from '../../tools/text-table.ts'
import { budgets, fileGzip, kindsOf, type PageReport } from './page-bytes.ts'

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
  return textTable(['page kind', 'pages', 'JS', 'CSS', 'HTML', 'largest page'], rows)
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
  return textTable(['chunk', 'gzip', 'loaded'], rows)
}
