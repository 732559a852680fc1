import { writeReportSection, type Producer } from '../tools/performance-report.ts'
import { benchOutput, say } from './bench-output.ts'

/*
 * `npm run bench`: the project's benchmarks, each printing its tables, which are then written
 * into docs/performance.md, each benchmark into a section of its own. Figures, not pass/fail:
 * the budgets that must hold on every commit are checked by `npm test` (sizes), not here
 * (timings). BENCH=search (or scale, navigation, build) runs one of them; only the sections of
 * those that ran are rewritten, so running one never wipes another's figures.
 */
const benches: { name: string; module: string; section: Producer }[] = [
  { name: 'search', module: './search.ts', section: 'search' },
  { name: 'scale', module: './scale.ts', section: 'scale' },
  { name: 'navigation', module: './navigation.ts', section: 'navigation' },
  { name: 'build', module: './build-scale.ts', section: 'build' },
]
const selected = benches.filter(
  (bench) => !process.env.BENCH || process.env.BENCH.split(',').includes(bench.name),
)

const sections = new Map<Producer, string[]>()
for (const bench of selected) {
  const mod = (await import(bench.module)) as { run: () => Promise<void> }
  const before = benchOutput().length
  say(`\n=== ${bench.name} ===`)
  await mod.run()
  sections.set(bench.section, [...(sections.get(bench.section) ?? []), benchOutput().slice(before)])
}

for (const [section, texts] of sections) writeReportSection(section, texts.join('\n'))
