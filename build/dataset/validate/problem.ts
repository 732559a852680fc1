import { datasetFileName, type Dataset } from '../schema.ts'

/* What every check reports, and how a problem is written as one line. */

export type Problem = {
  /** The file under data/, e.g. "data/credits.json". */
  file: string
  /** A JSON path into the file, e.g. "$[3].character.aliases[0].sources[1]"; "$" for the file. */
  path: string
  message: string
  expected?: string
}

export type FileName = keyof Dataset
export type Path = readonly PropertyKey[]
export type JsonObject = Record<string, unknown>

export const filePath = (name: string) => `data/${name}`

export const dataFile = (name: FileName) => filePath(datasetFileName(name))

export const isRecord = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function formatPath(path: Path): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`
  }, '$')
}

export function formatProblem(problem: Problem): string {
  const expected = problem.expected ? ` (expected ${problem.expected})` : ''
  return `${problem.file} ${problem.path}: ${problem.message}${expected}`
}
