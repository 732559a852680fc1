import {
  dataFile,
  formatPath,
  isRecord,
  type FileName,
  type JsonObject,
  type Path,
  type Problem,
} from './problem.ts'

/* Rules about the facts themselves that a per-record schema cannot see. */

/** A chart event names a chart, and that chart is about the event's work. */
export function chartEventProblems(events: unknown[], charts: unknown[] | undefined): Problem[] {
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

/** The same person credited twice for the same work, department and role. */
export function duplicateCreditProblems(credits: unknown[]): Problem[] {
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

/** An alias spelled exactly like the name it is an alias of adds nothing. */
export function aliasProblems(name: FileName, list: unknown[]): Problem[] {
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
