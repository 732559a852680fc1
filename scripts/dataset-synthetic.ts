import path from 'node:path'
import { parseArgs } from 'node:util'
import { count } from '../bench/bench-output.ts'
import {
  fullScale,
  syntheticDataset,
  tenthScale,
  writeDataset,
  type SyntheticOptions,
} from '../bench/synthetic-dataset.ts'

/*
 * `npm run dataset:synthetic -- --scale <tenth|full|N> --out <dir>`: writes the benchmark's
 * synthetic catalogue as a data folder, so anyone can build (`DATA_DIR=<dir> npm run build`) or
 * validate (`npm run validate:data <dir>`) the site at a size of their choosing.
 */

const size = ({ works, people, credits }: SyntheticOptions) =>
  `${count(works)} works, ${count(people)} people, ${count(credits)} credits`
const perWork = (total: number) => count(total / fullScale.works)

const help = `Usage: npm run dataset:synthetic -- --scale <tenth|full|N> --out <dir> [--seed <n>]

Writes a valid synthetic data folder (invented names, every fact cited) into <dir>.

  --scale tenth   ${size(tenthScale)}
  --scale full    ${size(fullScale)} (the default)
  --scale N       N works (a whole number, at least 2), with people, credits and the big
                  work's cast in the same proportions as full: ${perWork(fullScale.people)} people and ${perWork(fullScale.credits)} credits a work
  --out <dir>     the folder to write (created if missing; its dataset files are replaced)
  --seed <n>      the generator's seed (default: the benchmark's), for a different catalogue
`

/** The catalogue size a --scale value names. */
export function scaleOptions(scale: string): SyntheticOptions {
  if (scale === 'tenth') return tenthScale
  if (scale === 'full') return fullScale
  const works = Number(scale)
  if (!Number.isInteger(works) || works < 2) {
    throw new Error(
      `--scale must be tenth, full or a whole number of works (at least 2), not ${scale}`,
    )
  }
  const ratio = works / fullScale.works
  return {
    works,
    people: Math.round(fullScale.people * ratio),
    credits: Math.round(fullScale.credits * ratio),
    bigWorkCredits: Math.round(fullScale.bigWorkCredits * ratio),
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'full' },
      out: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help || !values.out) {
    console.log(help)
    if (!values.help) process.exitCode = 1
    return
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed)
  if (seed !== undefined && !Number.isInteger(seed))
    throw new Error('--seed must be a whole number')
  const options = { ...scaleOptions(values.scale), ...(seed === undefined ? {} : { seed }) }
  const dataset = syntheticDataset(options)
  const bytes = writeDataset(values.out, dataset)
  console.log(
    `Wrote ${options.works} works, ${options.people} people and ${dataset.credits.length} ` +
      `credits (${(bytes / 1e6).toFixed(1)} MB) into ${values.out}`,
  )
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) main()
