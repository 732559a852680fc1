import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { datasetFileName, datasetFiles, type Dataset } from './schema.ts'
import { filePath, formatProblem } from './validate/problem.ts'
import { validateDataset, type ValidationResult } from './validate/validate-dataset.ts'

/*
 * Reads and validates a data folder. Problems always name files as data/<file>, the role the
 * files play, even when they were read from elsewhere (tests use temporary folders).
 */

/** Reads the data files in dir (stray .json files too, so they get reported) and validates them. */
export function loadAndValidate(dir: string): ValidationResult {
  const root = path.resolve(dir)
  const names = new Set(datasetFiles.map(datasetFileName))
  try {
    for (const entry of readdirSync(root)) if (entry.endsWith('.json')) names.add(entry)
  } catch {
    // A missing folder is reported below as every file missing.
  }
  const files: Record<string, string> = {}
  const unreadable: ValidationResult['problems'] = []
  for (const name of names) {
    try {
      files[name] = readFileSync(path.join(root, name), 'utf8')
    } catch (error) {
      if (isMissing(error)) continue
      const reason = error instanceof Error ? error.message : String(error)
      unreadable.push({ file: filePath(name), path: '$', message: `cannot be read: ${reason}` })
    }
  }
  const result = validateDataset(files)
  if (unreadable.length === 0) return result
  // An unreadable file is also reported missing by the validator; the read error says more.
  const unreadableFiles = new Set(unreadable.map((problem) => problem.file))
  const rest = result.problems.filter(
    (problem) => !(unreadableFiles.has(problem.file) && problem.message === 'file is missing'),
  )
  return { dataset: null, problems: [...unreadable, ...rest] }
}

/** The validated dataset in dir; throws an Error listing every problem, one a line. */
export function assertValidDataset(dir: string): Dataset {
  const { dataset, problems } = loadAndValidate(dir)
  if (dataset && problems.length === 0) return dataset
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`
  const lines = problems.map(formatProblem).join('\n')
  throw new Error(`The dataset in ${dir} is invalid (${count}):\n${lines}`)
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
