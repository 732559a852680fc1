import { datasetFileName, datasetFiles, type Dataset } from '../schema.ts'
import { aliasProblems, chartEventProblems, duplicateCreditProblems } from './domain-rules.ts'
import { indexIds, referenceProblems, type IdIndexes } from './integrity.ts'
import { parseJson } from './json-positions.ts'
import { dataFile, filePath, type FileName, type Problem } from './problem.ts'
import { checkSchema, typeName } from './schema-issues.ts'

/*
 * Checks the raw text of the data files: JSON syntax, the zod schema, then what a schema
 * cannot see (references between files, unique ids, duplicate credits, redundant aliases).
 * Pure, so the CLI, the build and the tests share it; reading files is the caller's job.
 */

export type ValidationResult = {
  /** The parsed dataset, or null when there is any problem. */
  dataset: Dataset | null
  problems: Problem[]
}

export function validateDataset(files: Record<string, string>): ValidationResult {
  const problems: Problem[] = []
  const records = new Map<FileName, unknown[]>()
  const typed: Partial<Record<FileName, Dataset[FileName]>> = {}
  const expectedNames = new Set<string>(datasetFiles.map(datasetFileName))

  for (const name of datasetFiles) {
    const file = dataFile(name)
    const text = files[datasetFileName(name)]
    if (text === undefined) {
      problems.push({
        file,
        path: '$',
        message: 'file is missing',
        expected: `a JSON array of ${name}`,
      })
      continue
    }
    const parsed = parseJson(text)
    if (!parsed.ok) {
      problems.push({ file, path: '$', ...parsed.problem })
      continue
    }
    if (!Array.isArray(parsed.value)) {
      problems.push({
        file,
        path: '$',
        message: `the top level is ${typeName(parsed.value)}`,
        expected: `a JSON array of ${name}`,
      })
      continue
    }
    records.set(name, parsed.value)
    const checked = checkSchema(name, parsed.value)
    if (checked.records) typed[name] = checked.records
    problems.push(...checked.problems)
  }

  for (const name of Object.keys(files).sort()) {
    if (!expectedNames.has(name)) {
      problems.push({
        file: filePath(name),
        path: '$',
        message: 'unexpected file',
        expected: `only ${[...expectedNames].join(', ')}`,
      })
    }
  }

  const indexes: IdIndexes = new Map()
  for (const [name, list] of records) {
    indexes.set(name, indexIds(name, list, problems))
  }
  for (const [name, list] of records) {
    problems.push(...referenceProblems(name, list, indexes))
  }
  const events = records.get('events')
  if (events) problems.push(...chartEventProblems(events, records.get('charts')))
  const credits = records.get('credits')
  if (credits) problems.push(...duplicateCreditProblems(credits))
  for (const [name, list] of records) problems.push(...aliasProblems(name, list))

  sortProblems(problems)
  if (problems.length > 0) return { dataset: null, problems }
  // Every file passed its schema, so each has its typed records; in the schema's order of files.
  const dataset = Object.fromEntries(datasetFiles.map((name) => [name, typed[name]])) as Dataset
  return { dataset, problems }
}

/* Problems read best grouped by file in dataset order, then by record. */
function sortProblems(problems: Problem[]) {
  const order = (file: string) => {
    const index = datasetFiles.findIndex((name) => dataFile(name) === file)
    return index === -1 ? datasetFiles.length : index
  }
  const recordIndex = (path: string) => Number(/^\$\[(\d+)\]/.exec(path)?.[1] ?? -1)
  problems.sort(
    (a, b) =>
      order(a.file) - order(b.file) ||
      a.file.localeCompare(b.file) ||
      recordIndex(a.path) - recordIndex(b.path),
  )
}
