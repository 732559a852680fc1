import path from 'node:path'
import { budgetProblems, chunkTable, kindTable } from '../build/budgets/budget-report.ts'
import { measureSite } from '../build/budgets/page-bytes.ts'
import { writeReportSection } from '../tools/performance-report.ts'

/*
 * `npm run budgets` (run by `npm test` after the build): the first-visit bytes of every
 * prerendered page against its budgets (build/budgets/), printed and written into the budgets
 * section of docs/performance.md. `--check` (as `npm test` runs it) only checks, so a test run
 * leaves the report alone. Exits 1 when a page is over budget or loads search eagerly.
 */

const args = process.argv.slice(2)
const checkOnly = args.includes('--check')
const folder = args.find((arg) => !arg.startsWith('--'))

async function main(): Promise<number> {
  const distDir = path.resolve(folder ?? 'dist')
  const reports = await measureSite(distDir)
  const text = [
    `Budgets of ${reports.length} prerendered pages in ${path.relative('.', distDir)}/`,
    kindTable(reports),
    '',
    chunkTable(distDir, reports),
  ].join('\n')
  console.log(text)
  // Only the default build is the site as deployed; other folders are checked, not reported.
  if (!checkOnly && !folder && !process.env.BASE_PATH) writeReportSection('budgets', text)
  const problems = budgetProblems(reports)
  if (problems.length === 0) {
    console.log('\nEvery page is within its budgets; search code loads lazily.')
    return 0
  }
  console.error(`\n${problems.length} budget ${problems.length === 1 ? 'problem' : 'problems'}:`)
  for (const problem of problems) console.error(`  ${problem}`)
  return 1
}

process.exitCode = await main()
