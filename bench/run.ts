import { writeReportSection } from '../tools/performance-report.ts'
import { benchOutput, say } from './bench-output.ts'

/*
 * `npm run bench`: the project's benchmarks, each printing its tables, which are then written
 * into docs/performance.md (the build benchmark into a section of its own). Figures, not
 * pass/fail: the budgets that must hold on every commit are checked by `npm test` (sizes), not
 * here (timings). BENCH=search (or scale, or build) runs one of them; its section of the report
 * then holds only that one's tables.
 */
const benches = [
  { name: 'search', module: './search.ts' },
  { name: 'scale', module: './scale.ts' },
  { name: 'build', module: './build-scale.ts' },
].filter((bench) => !process.env.BENCH || process.env.BENCH.split(',').includes(bench.name))

// The build bench takes the longest, so it has a section of its own: running it alone
// (BENCH=build) keeps the other benchmarks' figures, and running the others keeps its.
const outputs = { bench: [] as string[], build: [] as string[] }
for (const bench of benches) {
  const mod = (await import(bench.module)) as { run: () => Promise<void> }
  const before = benchOutput().length
  say(`\n=== ${bench.name} ===`)
  await mod.run()
  outputs[bench.name === 'build' ? 'build' : 'bench'].push(benchOutput().slice(before))
}

for (const [section, texts] of Object.entries(outputs)) {
  if (texts.length > 0) writeReportSection(section as keyof typeof outputs, texts.join('\n'))
}
