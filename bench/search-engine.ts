import { createSearchIndex } from '../src/lib/search/search-index.ts'
import { percentile, printTable, say } from './bench-output.ts'
import { keystrokeQueries, syntheticEntries } from './search-queries.ts'

/*
 * The search engine over `nameCount` synthetic names: how long its index takes to build, the heap
 * it holds, and what each keystroke costs against the budget.
 */

const nameCount = 100_000
const budgetMs = 5

function row(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    queries: label,
    count: times.length,
    'p50 ms': percentile(sorted, 50).toFixed(3),
    'p95 ms': percentile(sorted, 95).toFixed(3),
    'max ms': (sorted.at(-1) ?? 0).toFixed(3),
  }
}

export async function runEngine(): Promise<void> {
  const entries = syntheticEntries(nameCount)
  const queries = keystrokeQueries(entries)

  const heapBefore = process.memoryUsage().heapUsed
  const buildStart = performance.now()
  const index = createSearchIndex(entries)
  const buildMs = performance.now() - buildStart
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024

  // One untimed pass warms the JIT, as a reader's first few keystrokes would.
  for (const query of queries) index.search(query.text, { limit: 10 })

  const byKind = new Map<string, number[]>()
  const all: number[] = []
  let empty = 0
  for (const query of queries) {
    const start = performance.now()
    const hits = index.search(query.text, { limit: 10 })
    const ms = performance.now() - start
    if (hits.length === 0) empty += 1
    all.push(ms)
    byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ms])
  }

  say(
    `${entries.length.toLocaleString('en')} names (${entries.reduce((n, e) => n + e.names.length, 0).toLocaleString('en')} spellings incl. Hangul); ` +
      `index built in ${buildMs.toFixed(0)} ms, about ${heapMb.toFixed(0)} MB of heap`,
  )
  const rows = [...[...byKind].map(([kind, times]) => row(kind, times)), row('all keystrokes', all)]
  printTable({
    title: 'Search, per keystroke (top 10 hits)',
    headers: Object.keys(rows[0] ?? {}),
    rows: rows.map((r) => Object.values(r).map(String)),
  })
  const p95 = percentile(all, 95)
  say(
    `p95 per keystroke ${p95.toFixed(2)} ms against a ${budgetMs} ms budget: ${p95 < budgetMs ? 'within' : 'OVER'}; ` +
      `${empty} of ${queries.length} queries found nothing`,
  )
}
