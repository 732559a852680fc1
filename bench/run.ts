export {}

/*
 * `npm run bench`: the project's benchmarks, each printing a table. Figures, not pass/fail: the
 * budgets that must hold on every commit are checked by `npm test` (sizes), not here (timings).
 */
const benches = [
  { name: 'search', module: './search.ts' },
  { name: 'scale', module: './scale.ts' },
]

for (const bench of benches) {
  const mod = (await import(bench.module)) as { run: () => Promise<void> }
  console.log(`\n=== ${bench.name} ===`)
  await mod.run()
}
