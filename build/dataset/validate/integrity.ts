import {
  dataFile,
  formatPath,
  isRecord,
  type FileName,
  type Path,
  type Problem,
} from './problem.ts'

/* References between records: unique ids, and every id a record cites exists. */

export type IdIndexes = Map<FileName, Map<string, number>>

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

/** Where each id of the file sits, reporting ids used twice. */
export function indexIds(
  name: FileName,
  list: unknown[],
  problems: Problem[],
): Map<string, number> {
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
export function referenceProblems(name: FileName, list: unknown[], indexes: IdIndexes): Problem[] {
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
