import { searchPayload } from '../build/dataset/payloads.ts'
import { searchShards, type SearchShardFile } from '../build/dataset/search-shards.ts'
import { indexDataset } from '../build/dataset/selectors.ts'
import { payloadPaths } from '../src/data/payload-paths.ts'
import { entriesOf, type Entry } from '../src/features/search/search-entries.ts'
import {
  planSearch,
  searchCatalogue,
  type SearchResult,
} from '../src/features/search/search-results-model.ts'
import { gzip, kb, percentile, printTable } from './bench-output.ts'
import { typedQueries } from './search-queries.ts'
import {
  fullScale,
  syntheticDataset,
  tenthScale,
  type SyntheticOptions,
} from './synthetic-dataset.ts'

/*
 * The shards at catalogue scale: what each keystroke downloads and costs once its shards are
 * there, for the synthetic catalogue at a tenth, full and five times full size, with the
 * shards built by the build's own code and read the way the browser reads them.
 */

const paletteLimit = 8
const times = (scale: SyntheticOptions, factor: number): SyntheticOptions => ({
  works: scale.works * factor,
  people: scale.people * factor,
  credits: scale.credits * factor,
  bigWorkCredits: scale.bigWorkCredits * factor,
})

const gzipBytes = (value: unknown) => gzip(JSON.stringify(value))

type ScaleReport = Record<string, string | number>

function shardScale(label: string, entries: readonly Entry[], compare: boolean): ScaleReport {
  const buildStart = performance.now()
  const { manifest, shards } = searchShards(entries)
  const buildMs = performance.now() - buildStart
  const sizes = new Map<string, number>()
  const sizeOf = (id: string) => {
    let size = sizes.get(id)
    if (size === undefined) {
      size = gzipBytes(shards.get(id))
      sizes.set(id, size)
    }
    return size
  }
  const manifestBytes = gzipBytes(manifest)

  const firstBytes: number[] = []
  const laterBytes: number[] = []
  const cpu: number[] = []
  let same = 0
  let compared = 0
  const whole = compare ? entries : undefined
  const answers: { query: string; results: SearchResult[] }[] = []
  const typed = typedQueries(entries, 60)
  // The first typed queries warm the JIT up, as a reader's first keystrokes would; untimed.
  typed.forEach(({ keystrokes }, typedAt) => {
    const warm = typedAt >= 10
    // A fresh visit per typed query: its cache holds what its earlier keystrokes read.
    const read = new Map<string, SearchShardFile>()
    keystrokes.forEach((query, at) => {
      let bytes = at === 0 ? manifestBytes : 0
      let results: SearchResult[] | undefined
      for (let round = 0; round < 100 && !results; round += 1) {
        const start = process.cpuUsage()
        const plan = planSearch(query, manifest, (id) => read.get(id), {
          limit: paletteLimit,
          closest: false,
        })
        // The round that finds every shard there is the keystroke's work once its data is in:
        // merging the shards, indexing them (unless the same shards were just indexed), searching.
        // CPU time, not wall time: the other processes of a busy machine do not count.
        const used = process.cpuUsage(start)
        if (plan.results && warm) cpu.push((used.user + used.system) / 1000)
        results = plan.results
        for (const id of plan.ids) {
          const shard = shards.get(id)
          if (read.has(id) || !shard) continue
          read.set(id, shard)
          bytes += sizeOf(id)
        }
      }
      ;(at === 0 ? firstBytes : laterBytes).push(bytes)
      if (whole && results) answers.push({ query, results })
    })
  })
  // Compared after the timing, so indexing the whole catalogue does not weigh on it.
  for (const { query, results } of whole ? answers : []) {
    compared += 1
    const expected = searchCatalogue(whole ?? [], query, paletteLimit)
    if (JSON.stringify(results) === JSON.stringify(expected)) same += 1
  }
  const shardSizes = [...shards.keys()].map(sizeOf).sort((a, b) => a - b)
  const prefixCount = [...shards.keys()].filter((id) => id.startsWith('p/')).length
  return {
    catalogue: label,
    records: entries.length.toLocaleString('en'),
    'build s': (buildMs / 1000).toFixed(1),
    'prefix/typo files': `${prefixCount}/${manifest.typoBuckets}`,
    'manifest kB': kb(manifestBytes),
    'largest shard kB': kb(shardSizes.at(-1) ?? 0),
    'first key p95/max kB': `${kb(percentile(firstBytes, 95))}/${kb(Math.max(0, ...firstBytes))}`,
    'later key p95/max kB': `${kb(percentile(laterBytes, 95))}/${kb(Math.max(0, ...laterBytes))}`,
    'cpu p50/p95 ms': `${percentile(cpu, 50).toFixed(2)}/${percentile(cpu, 95).toFixed(2)}`,
    'same as whole index': compare ? `${same}/${compared}` : '-',
  }
}

function catalogueEntries(options: SyntheticOptions): Entry[] {
  return entriesOf(searchPayload(indexDataset(syntheticDataset(options))))
}

export async function runShards(): Promise<void> {
  const rows: ScaleReport[] = []
  rows.push(shardScale('tenth', catalogueEntries(tenthScale), true))
  rows.push(shardScale('full', catalogueEntries(fullScale), true))
  if (!process.argv.includes('--no-5x')) {
    rows.push(shardScale('5x full', catalogueEntries(times(fullScale, 5)), false))
  }
  const headers = Object.keys(rows[0] ?? {})
  printTable({
    title:
      `Search shards (${payloadPaths.searchShard('…')}), typed in the palette (limit ${paletteLimit}), ` +
      'each typed query a fresh visit; kB gzip -9; CPU once the shards are there',
    headers,
    rows: rows.map((row) => headers.map((header) => String(row[header]))),
  })
}
