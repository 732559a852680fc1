import { textTable } from '../text-table.ts'
import type { PageResult } from './judge.ts'

/** The median runs as a table, with the targets as its last row. */
export function lighthouseTable(results: PageResult[]): string {
  const headers = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'FCP ms',
    'LCP ms',
    'CLS',
    'TBT ms',
    'perf, all runs',
    'TBT ms, all runs',
  ]
  const span = ([low, high]: [number, number]) =>
    low === high ? String(low) : `${Math.round(low)}–${Math.round(high)}`
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
    span(r.range.performance),
    span(r.range.tbtMs),
  ])
  rows.push(['target', '100', '100', '100', '100', '', '≤ 1200', '0', '≤ 50', '', ''])
  return textTable(headers, rows)
}
