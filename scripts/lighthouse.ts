import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { basePathFrom } from '../build/host.ts'
import { representativePages } from '../build/pages/page-kinds.ts'
import { chromiumPath, noChromiumHelp, serveSite } from '../tools/chromium.ts'
import {
  medianRun,
  misses,
  resultOf,
  type PageResult,
  type Report,
} from '../tools/lighthouse/judge.ts'
import { lighthouseTable } from '../tools/lighthouse/lighthouse-table.ts'
import { reportDir, runLighthouse, withRetries } from '../tools/lighthouse/run-lighthouse.ts'
import { writeReportSection } from '../tools/performance-report.ts'

/*
 * `npm run lighthouse` (after `npm run build`): Lighthouse with its mobile defaults (a mid-range
 * phone on slow 4G, simulated) on the pages people share most, served with gzip the way a CDN
 * would, written into the lighthouse section of docs/performance.md. Not part of `npm test`: it
 * is slow and its timings vary with the load of the machine, so, as Lighthouse's own docs
 * advise, each page is measured several times (LIGHTHOUSE_RUNS) and judged by its median run
 * (tools/lighthouse/judge.ts); the table also shows the range over all runs. Exits 1 when a
 * page's median run misses 100 in any category or a metric's target.
 */

/** The page kinds people share and land on most, at their representative pages. */
const measuredKinds = new Set(
  process.env.LIGHTHOUSE_KINDS?.split(',') ?? ['film', 'cast', 'person'],
)
const pages = representativePages()
  .filter((page) => measuredKinds.has(page.kind))
  .map((page) => ({ name: page.kind, path: page.path }))

async function main(): Promise<number> {
  if (!chromiumPath) {
    console.error(noChromiumHelp)
    return 1
  }
  // Another directory can be measured instead, e.g. a copy of dist/ that no rebuild can touch.
  const root = process.argv[2] ?? 'dist'
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`No build in ${root}/: run npm run build first.`)
    return 1
  }
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5)
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(
      `LIGHTHOUSE_RUNS must be a whole number of at least 1, not ${process.env.LIGHTHOUSE_RUNS}`,
    )
    return 1
  }
  const base = basePathFrom(process.env.BASE_PATH)
  const site = await serveSite({ root, base, useHeadersFile: true })
  const results: PageResult[] = []
  try {
    for (const page of pages) {
      const url = site.url(page.path)
      const reports: Report[] = []
      for (let run = 1; run <= runs; run++) {
        console.error(`Lighthouse (mobile) ${url}, run ${run} of ${runs} …`)
        reports.push(await withRetries(() => runLighthouse(url)))
      }
      results.push(resultOf(page.name, url, reports))
      mkdirSync(reportDir, { recursive: true })
      writeFileSync(path.join(reportDir, `${page.name}.json`), JSON.stringify(medianRun(reports)))
    }
  } finally {
    await site.close()
  }
  const lines = [
    `Lighthouse, mobile defaults, gzip, median of ${runs} ${runs === 1 ? 'run' : 'runs'} a page`,
    '',
    lighthouseTable(results),
  ]
  for (const result of results) {
    if (result.findings.length === 0) continue
    lines.push('', `${result.name} (${result.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}):`)
    for (const finding of result.findings) lines.push(`  - ${finding}`)
  }
  const text = lines.join('\n')
  console.log(`\n${text}`)
  writeReportSection('lighthouse', text)
  const missed = results.flatMap(misses)
  if (missed.length === 0) {
    console.log('\nEvery page meets every target.')
    return 0
  }
  console.error(`\n${missed.length} ${missed.length === 1 ? 'target' : 'targets'} missed:`)
  for (const miss of missed) console.error(`  ${miss}`)
  return 1
}

process.exitCode = await main()
