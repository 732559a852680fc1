import { z } from 'zod'
import { datasetFiles, datasetSchema, type Dataset } from './schema.ts'

/*
 * Checks the raw text of the data files: JSON syntax, the zod schema, then what a schema
 * cannot see (references between files, unique ids, duplicate credits, redundant aliases).
 * Pure, so the CLI, the build plugin and the tests share it; reading files is the caller's job.
 */

export type Problem = {
  /** The file under data/, e.g. "data/credits.json". */
  file: string
  /** A JSON path into the file, e.g. "$[3].character.aliases[0].sources[1]"; "$" for the file. */
  path: string
  message: string
  expected?: string
}

export type ValidationResult = {
  /** The parsed dataset, or null when there is any problem. */
  dataset: Dataset | null
  problems: Problem[]
}

type FileName = keyof Dataset
type Path = readonly PropertyKey[]
type JsonObject = Record<string, unknown>

const idKeys: Record<FileName, 'id' | 'slug'> = {
  sources: 'id',
  works: 'slug',
  people: 'slug',
  credits: 'id',
  events: 'id',
  ratings: 'id',
  charts: 'id',
  awards: 'id',
}

const nouns: Record<FileName, string> = {
  sources: 'source',
  works: 'work',
  people: 'person',
  credits: 'credit',
  events: 'event',
  ratings: 'rating',
  charts: 'chart',
  awards: 'award',
}

/* Per file, because a field name alone is ambiguous: `chart` on a chart record is its name. */
const references: Partial<Record<FileName, Partial<Record<string, FileName>>>> = {
  credits: { work: 'works', person: 'people' },
  events: { work: 'works', chart: 'charts' },
  ratings: { work: 'works' },
  charts: { work: 'works' },
  awards: { work: 'works', person: 'people' },
}

const filePath = (name: string) => `data/${name}`

const dataFile = (name: FileName) => filePath(`${name}.json`)

const isRecord = (value: unknown): value is JsonObject =>
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

export function validateDataset(files: Record<string, string>): ValidationResult {
  const problems: Problem[] = []
  const records = new Map<FileName, unknown[]>()
  const expectedNames = new Set<string>(datasetFiles.map((name) => `${name}.json`))

  for (const name of datasetFiles) {
    const file = dataFile(name)
    const text = files[`${name}.json`]
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
    problems.push(...schemaProblems(name, parsed.value))
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

  const indexes = new Map<FileName, Map<string, number>>()
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
  /* Parsed again as a whole only to get zod's typed (and trimmed) output in one piece. */
  const dataset = datasetSchema.parse(Object.fromEntries(records))
  return { dataset, problems }
}

/* ----- JSON syntax ----- */

type ParseResult =
  { ok: true; value: unknown } | { ok: false; problem: { message: string; expected?: string } }

function parseJson(rawText: string): ParseResult {
  // Editors on Windows like to save a byte-order mark, which JSON.parse refuses.
  const text = rawText.replace(/^\uFEFF/, '')
  if (text.trim() === '') {
    return { ok: false, problem: { message: 'file is empty', expected: 'a JSON array' } }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const at = locateJsonError(text, reason)
    const where = at ? `at line ${at.line}, column ${at.column}` : '(position unknown)'
    return { ok: false, problem: { message: `invalid JSON ${where}: ${cleanJsonReason(reason)}` } }
  }
}

/**
 * Where JSON.parse failed, as a 1-based line and column. V8 sometimes gives a position, newer
 * versions a line and column, and Node 20 often neither ("Unexpected token '}', ..."), so
 * as a last resort the text is scanned for the first syntax error.
 */
export function locateJsonError(
  text: string,
  errorMessage: string,
): { line: number; column: number } | null {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(errorMessage)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /at position (\d+)/.exec(errorMessage)
  if (position) return lineAndColumn(text, Math.min(Number(position[1]), text.length))
  const offset = findJsonSyntaxError(text)
  return offset === null ? null : lineAndColumn(text, offset)
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const char = text[i]
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

function cleanJsonReason(reason: string): string {
  const cleaned = reason
    // V8 appends a snippet of the text, which is noise once line and column are given.
    .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/ \(line \d+ column \d+\)/, '')
    .trim()
  return cleaned || 'syntax error'
}

/** Offset of the first JSON syntax error in text, or null when there is none. */
export function findJsonSyntaxError(text: string): number | null {
  let i = 0
  const skipWhitespace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++
  }
  const digits = () => {
    const start = i
    while (i < text.length && /[0-9]/.test(text[i] ?? '')) i++
    return i > start
  }
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) return false
      i++
    }
    return true
  }
  const string = (): boolean => {
    i++
    while (i < text.length) {
      const char = text[i] ?? ''
      if (char === '"') {
        i++
        return true
      }
      if (char.charCodeAt(0) < 0x20) return false
      if (char === '\\') {
        i++
        const escaped = text[i] ?? ''
        if (escaped === 'u') {
          for (let k = 0; k < 4; k++) {
            i++
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) return false
          }
        } else if (!'"\\/bfnrt'.includes(escaped) || escaped === '') {
          return false
        }
      }
      i++
    }
    return false
  }
  const number = (): boolean => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (!/[1-9]/.test(text[i] ?? '') || !digits()) return false
    if (text[i] === '.') {
      i++
      if (!digits()) return false
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (!digits()) return false
    }
    return true
  }
  const sequence = (close: string, member: () => boolean): boolean => {
    i++
    skipWhitespace()
    if (text[i] === close) {
      i++
      return true
    }
    for (;;) {
      if (!member()) return false
      skipWhitespace()
      if (text[i] === ',') {
        i++
        skipWhitespace()
        continue
      }
      if (text[i] !== close) return false
      i++
      return true
    }
  }
  const value = (): boolean => {
    skipWhitespace()
    const char = text[i]
    if (char === '{') {
      return sequence('}', () => {
        if (text[i] !== '"' || !string()) return false
        skipWhitespace()
        if (text[i] !== ':') return false
        i++
        return value()
      })
    }
    if (char === '[') return sequence(']', value)
    if (char === '"') return string()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    return number()
  }
  if (!value()) return Math.min(i, text.length)
  skipWhitespace()
  return i < text.length ? i : null
}

/* ----- schema ----- */

const DEFAULT_MESSAGE = '\u0000'

/*
 * The schema's own messages say what a value should be ("a non-empty text"), while zod's
 * defaults say what went wrong. Marking the defaults tells the two apart, so the schema's
 * wording lands in `expected` and the problem's message is written here.
 */
const markDefaults = (issue: z.core.$ZodRawIssue) => {
  const fallback = z.config().localeError?.(issue)
  const text = typeof fallback === 'string' ? fallback : (fallback?.message ?? '')
  return DEFAULT_MESSAGE + text
}

function schemaProblems(name: FileName, list: unknown[]): Problem[] {
  const result = datasetSchema.shape[name].safeParse(list, { error: markDefaults })
  if (result.success) return []
  return result.error.issues.flatMap((issue) => issueProblems(dataFile(name), list, issue))
}

function issueProblems(file: string, root: unknown, issue: z.core.$ZodIssue): Problem[] {
  const isDefault = issue.message.startsWith(DEFAULT_MESSAGE)
  const zodMessage = isDefault ? issue.message.slice(DEFAULT_MESSAGE.length) : issue.message
  const custom = isDefault ? undefined : issue.message
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
    case 'too_big': {
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
    case 'custom':
      return problem(isDefault ? `${describe(value)} fails a check` : issue.message)
    default:
      return problem(zodMessage)
  }
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

function typeName(value: unknown): string {
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

/* ----- ids and references ----- */

function indexIds(name: FileName, list: unknown[], problems: Problem[]): Map<string, number> {
  const key = idKeys[name]
  const index = new Map<string, number>()
  list.forEach((record, i) => {
    const id = isRecord(record) ? record[key] : undefined
    if (typeof id !== 'string') return
    const first = index.get(id)
    if (first === undefined) {
      index.set(id, i)
      return
    }
    problems.push({
      file: dataFile(name),
      path: formatPath([i, key]),
      message: `duplicate ${key} "${id}", already used by ${formatPath([first])}`,
      expected: `${key === 'id' ? 'an' : 'a'} ${key} unique within ${dataFile(name)}`,
    })
  })
  return index
}

/*
 * References into a file that failed to load are not checked: every one of them would be
 * reported as unknown, burying the one problem that matters.
 */
function referenceProblems(
  name: FileName,
  list: unknown[],
  indexes: Map<FileName, Map<string, number>>,
): Problem[] {
  const file = dataFile(name)
  const problems: Problem[] = []
  const unknown = (path: Path, target: FileName, id: string) =>
    problems.push({
      file,
      path: formatPath(path),
      message: `unknown ${nouns[target]} "${id}"`,
      expected: `the ${idKeys[target]} of a record in ${dataFile(target)}`,
    })

  const sources = indexes.get('sources')
  const walk = (value: unknown, path: Path) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]))
      return
    }
    if (!isRecord(value)) return
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        const seen = new Map<string, number>()
        child.forEach((id, i) => {
          if (typeof id !== 'string') return
          const first = seen.get(id)
          if (first !== undefined) {
            const firstPath = formatPath([...path, key, first])
            problems.push({
              file,
              path: formatPath([...path, key, i]),
              message: `source "${id}" is listed twice, first at ${firstPath}`,
            })
          } else {
            seen.set(id, i)
          }
          if (sources && !sources.has(id)) unknown([...path, key, i], 'sources', id)
        })
      } else {
        walk(child, [...path, key])
      }
    }
  }

  list.forEach((record, i) => {
    if (!isRecord(record)) return
    for (const [field, target] of Object.entries(references[name] ?? {})) {
      const id = record[field]
      const index = target ? indexes.get(target) : undefined
      if (target && index && typeof id === 'string' && !index.has(id))
        unknown([i, field], target, id)
    }
    walk(record, [i])
  })
  return problems
}

function chartEventProblems(events: unknown[], charts: unknown[] | undefined): Problem[] {
  const file = dataFile('events')
  const problems: Problem[] = []
  const chartsById = new Map<string, JsonObject>()
  for (const chart of charts ?? []) {
    if (isRecord(chart) && typeof chart.id === 'string' && !chartsById.has(chart.id)) {
      chartsById.set(chart.id, chart)
    }
  }
  events.forEach((event, i) => {
    if (!isRecord(event) || event.kind !== 'chart') return
    if (event.chart === undefined) {
      problems.push({
        file,
        path: formatPath([i, 'chart']),
        message: 'a chart event names no chart',
        expected: `the id of a record in ${dataFile('charts')}`,
      })
      return
    }
    const chart = typeof event.chart === 'string' ? chartsById.get(event.chart) : undefined
    if (!chart || typeof chart.work !== 'string' || typeof event.work !== 'string') return
    if (chart.work !== event.work) {
      const chartWork = `chart "${event.chart}" is about work "${chart.work}"`
      problems.push({
        file,
        path: formatPath([i, 'chart']),
        message: `${chartWork}, not "${event.work}" like this event`,
        expected: `a chart of work "${event.work}"`,
      })
    }
  })
  return problems
}

function duplicateCreditProblems(credits: unknown[]): Problem[] {
  const problems: Problem[] = []
  const seen = new Map<string, number>()
  credits.forEach((credit, i) => {
    if (!isRecord(credit)) return
    const { person, work, department, job } = credit
    const character = isRecord(credit.character) ? credit.character.name : undefined
    if (typeof person !== 'string' || typeof work !== 'string') return
    const key = JSON.stringify([person, work, department, character ?? null, job ?? null])
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, i)
      return
    }
    let role = ''
    if (typeof character === 'string') role = ` as "${character}"`
    else if (typeof job === 'string') role = ` as ${job}`
    const described = `"${person}" in "${work}", ${String(department)}${role}`
    problems.push({
      file: dataFile('credits'),
      path: formatPath([i]),
      message: `duplicate of the credit at ${formatPath([first])}: ${described}`,
      expected: 'one credit per person, work, department and character or job',
    })
  })
  return problems
}

function aliasProblems(name: FileName, list: unknown[]): Problem[] {
  const problems: Problem[] = []
  const check = (owner: unknown, nameKey: string, what: string, path: Path) => {
    if (!isRecord(owner) || !Array.isArray(owner.aliases)) return
    const own = owner[nameKey]
    owner.aliases.forEach((alias, k) => {
      if (isRecord(alias) && typeof alias.name === 'string' && alias.name === own) {
        problems.push({
          file: dataFile(name),
          path: formatPath([...path, 'aliases', k, 'name']),
          message: `alias "${alias.name}" is the same as the ${what}, so it is redundant`,
        })
      }
    })
  }
  list.forEach((record, i) => {
    if (name === 'works') check(record, 'title', 'title', [i])
    if (name === 'people') check(record, 'name', 'name', [i])
    if (name === 'credits' && isRecord(record)) {
      check(record.character, 'name', "character's name", [i, 'character'])
    }
  })
  return problems
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
