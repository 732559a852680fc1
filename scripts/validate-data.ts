import path from 'node:path'
import { loadAndValidate } from '../build/dataset/load.ts'
import { datasetFiles } from '../build/dataset/schema.ts'
import { formatProblem } from '../build/dataset/validate/problem.ts'

/* `npm run validate:data [dir]`: validates a data folder, by default DATA_DIR or data/. */

const dir = process.argv[2] ?? process.env.DATA_DIR ?? 'data'
const label = path.resolve(dir) === path.resolve('data') ? 'data/' : `data/ (read from ${dir})`
const { dataset, problems } = loadAndValidate(dir)
if (dataset && problems.length === 0) {
  const records = Object.values(dataset).reduce((sum, list) => sum + list.length, 0)
  console.log(`${label} is valid: ${datasetFiles.length} files, ${records} records`)
} else {
  for (const problem of problems) console.error(formatProblem(problem))
  console.error(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${label}`)
  process.exitCode = 1
}
