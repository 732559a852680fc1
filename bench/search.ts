import { runEngine } from './search-engine.ts'
import { runShards } from './search-shard-scale.ts'

/*
 * Search at catalogue scale (`BENCH=search npm run bench`): the engine over synthetic Korean
 * names (search-engine.ts), then the shards the build writes, typed in the palette
 * (search-shard-scale.ts). Printed figures, never a pass/fail test: timings vary with the
 * machine's load. Run on its own, `--shards-only` skips the engine and `--no-5x` the largest
 * catalogue.
 */

export async function run(): Promise<void> {
  await runEngine()
  await runShards()
}

const isMain = process.argv[1]?.endsWith('bench/search.ts')
if (isMain) {
  if (!process.argv.includes('--shards-only')) await runEngine()
  await runShards()
}
