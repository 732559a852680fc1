import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'

/*
 * How a page's Lighthouse runs are judged: by the median run (Lighthouse's own choice, closest
 * to the median FCP and TTI), because single runs vary with the load of the machine.
 */

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

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
export type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, Audit>
  runtimeError?: { code: string; message: string }
}

export type PageResult = {
  name: string
  url: string
  runs: number
  /** Lowest and highest over all runs, next to the median run's own figures. */
  range: { performance: [number, number]; tbtMs: [number, number] }
  scores: Record<(typeof categories)[number], number>
  lcpMs: number
  cls: number
  tbtMs: number
  fcpMs: number
  /** Audits that cost points or time, worst first, as "title: value". */
  findings: string[]
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

const scoreOf = (report: Report, id: string) =>
  Math.round((report.categories[id]?.score ?? 0) * 100)
const metricOf = (report: Report, id: string) => report.audits[id]?.numericValue ?? Number.NaN
const rangeOf = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)]

/** Lighthouse's median run of a page (closest to the median FCP and TTI). */
export function medianRun(reports: Report[]): Report {
  for (const report of reports) {
    if (report.runtimeError) {
      throw new Error(`${report.runtimeError.code} ${report.runtimeError.message}`)
    }
  }
  // Lighthouse's result type is far richer than the part read here.
  return computeMedianRun(reports as unknown as Parameters<typeof computeMedianRun>[0]) as Report
}

export function resultOf(name: string, url: string, reports: Report[]): PageResult {
  const report = medianRun(reports)
  const score = (id: string) => scoreOf(report, id)
  const metric = (id: string) => metricOf(report, id)
  return {
    name,
    url,
    runs: reports.length,
    range: {
      performance: rangeOf(reports.map((run) => scoreOf(run, 'performance'))),
      tbtMs: rangeOf(reports.map((run) => metricOf(run, 'total-blocking-time'))),
    },
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
