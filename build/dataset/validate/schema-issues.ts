import type { z } from 'zod'
import { datasetSchema, type Dataset } from '../schema.ts'
import {
  dataFile,
  formatPath,
  isRecord,
  type FileName,
  type Path,
  type Problem,
} from './problem.ts'

/*
 * The schema's own messages say what a value should be ("a non-empty text"), while the problem
 * says what went wrong. Zod prefers a schema's message to the parse's error map, so an error
 * map answering with an empty message marks exactly the issues the schema left for us to word;
 * the kinds not reworded below keep zod's own English message.
 */
const reworded = new Set<string>([
  'unrecognized_keys',
  'invalid_type',
  'invalid_value',
  'invalid_union',
  'invalid_format',
  'too_small',
  'too_big',
  'custom',
])
const leftToUs = (issue: z.core.$ZodRawIssue) => (reworded.has(issue.code) ? '' : undefined)

/** A file's records checked against the schema: its typed (and trimmed) records, or problems. */
export function checkSchema(
  name: FileName,
  list: unknown[],
): { records: Dataset[FileName]; problems: [] } | { records: null; problems: Problem[] } {
  const result = datasetSchema.shape[name].safeParse(list, { error: leftToUs })
  if (result.success) return { records: result.data, problems: [] }
  const problems = result.error.issues.flatMap((issue) =>
    issueProblems(dataFile(name), list, issue),
  )
  return { records: null, problems }
}

function issueProblems(file: string, root: unknown, issue: z.core.$ZodIssue): Problem[] {
  const custom = issue.message === '' ? undefined : issue.message
  const value = valueAt(root, issue.path)
  const path = formatPath(issue.path)
  const problem = (message: string, expected?: string): Problem[] => [
    expected === undefined ? { file, path, message } : { file, path, message, expected },
  ]
  const lastKey = issue.path[issue.path.length - 1]

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        file,
        path: formatPath([...issue.path, key]),
        message: `unknown key "${key}"`,
      }))
    case 'invalid_type': {
      const expected = custom ?? typeNames[issue.expected] ?? issue.expected
      if (value === undefined && typeof lastKey === 'string') {
        return problem(`missing field "${lastKey}"`, expected)
      }
      return problem(`found ${describeWithType(value)}`, expected)
    }
    case 'invalid_value':
      return problem(
        `${describe(value)} is not allowed`,
        custom ?? `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      )
    case 'invalid_union': {
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : []
        const expected = custom ?? `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`
        if (value === undefined) return problem(`missing field "${issue.discriminator}"`, expected)
        return problem(`unknown ${issue.discriminator} ${describe(value)}`, expected)
      }
      return problem(`${describe(value)} matches none of the allowed forms`, custom)
    }
    case 'invalid_format': {
      const what = issue.format === 'date' ? 'a valid date' : 'in the expected form'
      const expected =
        custom ??
        (issue.format === 'date'
          ? 'a real calendar date written YYYY-MM-DD'
          : issue.pattern
            ? `text matching ${issue.pattern}`
            : issue.format)
      return problem(`${describe(value)} is not ${what}`, expected)
    }
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue, value, custom, problem)
    case 'custom':
      return problem(custom ?? `${describe(value)} fails a check`)
    default:
      return problem(issue.message)
  }
}

function sizeProblem(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  value: unknown,
  custom: string | undefined,
  problem: (message: string, expected?: string) => Problem[],
): Problem[] {
  const small = issue.code === 'too_small'
  const limit = small ? issue.minimum : issue.maximum
  const inclusive = issue.inclusive !== false
  const relation = small
    ? inclusive
      ? 'at least'
      : 'more than'
    : inclusive
      ? 'at most'
      : 'less than'
  const bound = `${relation} ${limit}`
  if (issue.origin === 'string') {
    const text = typeof value === 'string' ? value : ''
    const message = text.trim() === '' ? 'empty text' : `text of ${text.length} characters`
    return problem(message, custom ?? `${bound} ${limit === 1 ? 'character' : 'characters'}`)
  }
  if (issue.origin === 'array') {
    const length = Array.isArray(value) ? value.length : 0
    return problem(
      length === 0 ? 'empty list' : `a list of ${length} ${length === 1 ? 'item' : 'items'}`,
      custom ?? `${bound} ${limit === 1 ? 'item' : 'items'}`,
    )
  }
  return problem(`${describe(value)} is too ${small ? 'small' : 'big'}`, custom ?? bound)
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key]
    else if (isRecord(current) && typeof key === 'string') current = current[key]
    else return undefined
  }
  return current
}

export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number' && !Number.isInteger(value)) return 'a fraction'
  return typeNames[typeof value] ?? typeof value
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null || typeof value === 'object') return typeName(value)
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}

/** A wrong value with its type, e.g. `"2021", a string`, for values of the wrong type. */
function describeWithType(value: unknown): string {
  if (value === undefined || value === null || typeof value === 'object') return describe(value)
  return `${describe(value)}, ${typeName(value)}`
}
