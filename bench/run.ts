import { writeReportSection } from '../tools/performance-report.ts'
import { benchOutput, say } from './bench-output.ts'

/*
 * `npm run bench`: the project's benchmarks, each printing its tables, which are then written
 * into the bench section of docs/performance.md. Figures, not pass/fail: the budgets that must
 * hold on every commit are checked by `npm test` (sizes), not here (timings).
 * BENCH=search (or scale, or build) runs one of them; the report then holds only that one's tables.
 */
const benches = [
  { name: 'search', module: './search.ts' },
  { name: 'scale', module: './scale.ts' },
  { name: 'build', module: './build-scale.ts' },
].filter((bench) => !process.env.BENCH || process.env.BENCH.split(',').includes(bench.name))

for (const bench of benches) {
  const mod = (await import(bench.module)) as { run: () => Promise<void> }
  say(`\n=== ${bench.name} ===`)
  await mod.run()
}

writeReportSection('bench', benchOutput())
