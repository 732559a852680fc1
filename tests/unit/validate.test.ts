import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { datasetFiles, type Dataset } from '../../build/dataset/schema'
import { formatProblem, type Problem } from '../../build/dataset/validate/problem'
import { validateDataset } from '../../build/dataset/validate/validate-dataset'
import { assertValidDataset, loadAndValidate } from '../../build/dataset/load'
import { minimalDataset } from '../fixtures/minimal-dataset'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

function toFiles(dataset: Dataset): Record<string, string> {
  return Object.fromEntries(
    datasetFiles.map((name) => [`${name}.json`, JSON.stringify(dataset[name], null, 2)]),
  )
}

/** Validates the minimal dataset after `breakIt` has changed it. */
function problemsAfter(breakIt: (dataset: Dataset) => void): Problem[] {
  const dataset = minimalDataset()
  breakIt(dataset)
  return validateDataset(toFiles(dataset)).problems
}

/* Lets a test put what the types forbid into a record, which is the point of these tests. */
const loose = (value: object) => value as Record<string, unknown>

const first = <T>(list: T[]): T => {
  const item = list[0]
  if (item === undefined) throw new Error('the fixture list is empty')
  return item
}

describe('validateDataset', () => {
  it('accepts the minimal dataset', () => {
    const { dataset, problems } = validateDataset(toFiles(minimalDataset()))
    expect(problems).toEqual([])
    expect(dataset).toEqual(minimalDataset())
  })

  it('reports a missing file and returns no dataset', () => {
    const files = toFiles(minimalDataset())
    delete files['awards.json']
    const { dataset, problems } = validateDataset(files)
    expect(dataset).toBeNull()
    expect(problems).toEqual([
      {
        file: 'data/awards.json',
        path: '$',
        message: 'file is missing',
        expected: 'a JSON array of awards',
      },
    ])
  })

  it('reports broken JSON with its line and column, and still checks the other files', () => {
    const files = toFiles(minimalDataset())
    // Node 20 reports this one without a position: the validator has to find it.
    files['events.json'] = '[\n  {\n    "id": "a",\n    "work": }\n]'
    files['ratings.json'] = '[\n  {"id": "a",\n'
    files['charts.json'] = JSON.stringify([{ ...first(minimalDataset().charts), work: 'nope' }])
    const problems = validateDataset(files).problems
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^data\/events\.json \$: invalid JSON at line 4, column 13: Unexpected/,
      ),
      expect.stringMatching(/^data\/ratings\.json \$: invalid JSON at line 3, column 1: /),
      'data/charts.json $[0].work: unknown work "nope" (expected the slug of a record in data/works.json)',
    ])
  })

  it('does not check references into a file that failed to parse', () => {
    const files = toFiles(minimalDataset())
    files['people.json'] = '[{]'
    files['sources.json'] = '{"oops": '
    const problems = validateDataset(files).problems
    expect(problems.map((p) => p.file)).toEqual(['data/sources.json', 'data/people.json'])
  })

  it('reports an empty file and a top level that is not an array', () => {
    const files = toFiles(minimalDataset())
    files['works.json'] = '  \n'
    files['people.json'] = '{"slug": "jeon-jong-seo"}'
    const problems = validateDataset(files).problems
    expect(problems.slice(0, 2)).toEqual([
      { file: 'data/works.json', path: '$', message: 'file is empty', expected: 'a JSON array' },
      {
        file: 'data/people.json',
        path: '$',
        message: 'the top level is an object',
        expected: 'a JSON array of people',
      },
    ])
  })

  it('reports a file that is not part of the dataset', () => {
    const files = { ...toFiles(minimalDataset()), 'notes.json': '[]' }
    expect(validateDataset(files).problems).toEqual([
      expect.objectContaining({ file: 'data/notes.json', path: '$', message: 'unexpected file' }),
    ])
  })

  it('turns zod issues into problems with JSON paths', () => {
    const problems = problemsAfter((dataset) => {
      const character = first(dataset.credits).character
      if (!character) throw new Error('the fixture credit has a character')
      first(character.aliases).sources = []
      loose(first(dataset.works)).title = 3
      delete loose(first(dataset.people)).knownAs
      loose(first(dataset.events)).kind = 'premiere'
      loose(first(dataset.events).date).precision = 'year'
      dataset.sources.push({ ...first(dataset.sources), id: 'Uncited Article' })
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/sources.json $[2].id: "Uncited Article" is not in the expected form (expected a lowercase slug of letters, digits and single hyphens)',
      'data/works.json $[0].title: found 3, a number (expected a string)',
      'data/people.json $[0].knownAs: missing field "knownAs" (expected an object)',
      'data/credits.json $[0].character.aliases[0].sources: empty list (expected at least one source id)',
      'data/events.json $[0].kind: "premiere" is not allowed (expected one of "production", "announcement", "festival", "release", "chart", "making-of", "interview", "remarks")',
      'data/events.json $[0].date.precision: unknown precision "year" (expected one of "day", "month", "relative")',
    ])
  })

  it('checks the time an article prints beside its date', () => {
    const problems = problemsAfter((dataset) => {
      first(dataset.sources).time = '24:05'
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/sources.json $[0].time: "24:05" is not in the expected form (expected a time of day written HH:MM)',
    ])
  })

  it('names each unknown key', () => {
    const problems = problemsAfter((dataset) => {
      Object.assign(first(dataset.works), { rating: 5, 'release date': '2023' })
    })
    expect(problems).toEqual([
      { file: 'data/works.json', path: '$[0].rating', message: 'unknown key "rating"' },
      {
        file: 'data/works.json',
        path: '$[0]["release date"]',
        message: 'unknown key "release date"',
      },
    ])
  })

  it('reports references to unknown works, people and charts', () => {
    const problems = problemsAfter((dataset) => {
      first(dataset.credits).person = 'kim-ji-hun'
      first(dataset.ratings).work = 'ballerina-2'
      first(dataset.events).chart = 'top-10'
      first(dataset.awards).person = 'jeon-jongseo'
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/credits.json $[0].person: unknown person "kim-ji-hun" (expected the slug of a record in data/people.json)',
      'data/events.json $[0].chart: unknown chart "top-10" (expected the id of a record in data/charts.json)',
      'data/ratings.json $[0].work: unknown work "ballerina-2" (expected the slug of a record in data/works.json)',
      'data/awards.json $[0].person: unknown person "jeon-jongseo" (expected the slug of a record in data/people.json)',
    ])
  })

  it('reports unknown source ids wherever they are cited', () => {
    const problems = problemsAfter((dataset) => {
      const character = first(dataset.credits).character
      if (!character) throw new Error('the fixture credit has a character')
      first(character.aliases).sources.push('herald-2023')
      const hangul = first(dataset.works).hangulTitle
      if (hangul) hangul.sources = ['tudum']
      const countries = first(dataset.charts).countries
      if (countries) countries.sources = ['variety']
      first(dataset.events).quotes = [{ label: 'Headline', text: 'Top 10', sources: ['x-post'] }]
    })
    expect(problems).toEqual([
      {
        file: 'data/works.json',
        path: '$[0].hangulTitle.sources[0]',
        message: 'unknown source "tudum"',
        expected: 'the id of a record in data/sources.json',
      },
      expect.objectContaining({
        file: 'data/credits.json',
        path: '$[0].character.aliases[0].sources[1]',
        message: 'unknown source "herald-2023"',
      }),
      expect.objectContaining({
        file: 'data/events.json',
        path: '$[0].quotes[0].sources[0]',
        message: 'unknown source "x-post"',
      }),
      expect.objectContaining({
        file: 'data/charts.json',
        path: '$[0].countries.sources[0]',
        message: 'unknown source "variety"',
      }),
    ])
  })

  it('accepts a source that nothing cites', () => {
    const problems = problemsAfter((dataset) => {
      dataset.sources.push({ ...first(dataset.sources), id: 'uncited-article' })
    })
    expect(problems).toEqual([])
  })

  it('reports duplicate slugs, ids and repeated source ids', () => {
    const problems = problemsAfter((dataset) => {
      dataset.sources.push({ ...first(dataset.sources) })
      dataset.works.push({ ...first(dataset.works), title: 'Ballerina (2023)' })
      dataset.people.push({ ...first(dataset.people), name: 'Jeon Jongseo' })
      const [, director] = dataset.credits
      if (director) director.id = first(dataset.credits).id
      first(dataset.ratings).sources.push('korea-herald-ballerina-chart')
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/sources.json $[2].id: duplicate id "netflix-tudum-ballerina", already used by $[0] (expected an id unique within data/sources.json)',
      'data/works.json $[2].slug: duplicate slug "ballerina", already used by $[0] (expected a slug unique within data/works.json)',
      'data/people.json $[2].slug: duplicate slug "jeon-jong-seo", already used by $[0] (expected a slug unique within data/people.json)',
      'data/credits.json $[1].id: duplicate id "ballerina-jeon-jong-seo", already used by $[0] (expected an id unique within data/credits.json)',
      'data/ratings.json $[0].sources[1]: source "korea-herald-ballerina-chart" is listed twice, first at $[0].sources[0]',
    ])
  })

  it('rejects dates that are not on the calendar', () => {
    const problems = problemsAfter((dataset) => {
      const event = first(dataset.events)
      event.date = { precision: 'day', value: '2023-02-30', basis: 'stated' }
      first(dataset.ratings).asOf = '2023-13-01'
      first(dataset.sources).date = '2023-04-31'
      first(dataset.charts).announced = '2024-02-29'
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/sources.json $[0].date: "2023-04-31" is not a valid date (expected a real calendar date written YYYY-MM-DD)',
      'data/events.json $[0].date.value: "2023-02-30" is not a valid date (expected a real calendar date written YYYY-MM-DD)',
      'data/ratings.json $[0].asOf: "2023-13-01" is not a valid date (expected a real calendar date written YYYY-MM-DD)',
    ])
  })

  it('rejects ratings outside their scale at the right path', () => {
    const problems = problemsAfter((dataset) => {
      const rating = first(dataset.ratings)
      rating.value = 105
      rating.average = { value: -1, scaleMax: 10 }
    })
    expect(problems).toEqual([
      {
        file: 'data/ratings.json',
        path: '$[0].value',
        message: '105 lies outside its scale of 0 to 100',
      },
      {
        file: 'data/ratings.json',
        path: '$[0].average.value',
        message: '-1 lies outside its scale of 0 to 10',
      },
    ])
  })

  it('requires a chart event to name a chart', () => {
    const problems = problemsAfter((dataset) => {
      delete first(dataset.events).chart
    })
    expect(problems).toEqual([
      {
        file: 'data/events.json',
        path: '$[0].chart',
        message: 'a chart event names no chart',
        expected: 'the id of a record in data/charts.json',
      },
    ])
  })

  it("requires a chart event's chart to be about the event's work", () => {
    const problems = problemsAfter((dataset) => {
      first(dataset.charts).work = 'the-call'
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/events.json $[0].chart: chart "ballerina-netflix-top-10" is about work "the-call", not "ballerina" like this event (expected a chart of work "ballerina")',
    ])
  })

  it('reports a credit given twice', () => {
    const problems = problemsAfter((dataset) => {
      const [actor, director] = dataset.credits
      if (!actor || !director) throw new Error('the fixture has two credits')
      dataset.credits.push({ ...structuredClone(actor), id: 'ballerina-jeon-jong-seo-again' })
      dataset.credits.push({ ...director, id: 'ballerina-director-again' })
      // The same person in another role is not a duplicate.
      dataset.credits.push({ ...director, id: 'ballerina-writer', job: 'Screenplay' })
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/credits.json $[2]: duplicate of the credit at $[0]: "jeon-jong-seo" in "ballerina", cast as "Ok-ju" (expected one credit per person, work, department and character or job)',
      'data/credits.json $[3]: duplicate of the credit at $[1]: "lee-chung-hyun" in "ballerina", crew as Director (expected one credit per person, work, department and character or job)',
    ])
  })

  it('reports an alias identical to the name, case-sensitively', () => {
    const problems = problemsAfter((dataset) => {
      first(dataset.works).aliases.push(
        { name: 'Ballerina', sources: ['netflix-tudum-ballerina'] },
        { name: 'BALLERINA', sources: ['netflix-tudum-ballerina'] },
      )
      first(dataset.people).aliases.unshift({
        name: 'Jeon Jong-seo',
        sources: ['netflix-tudum-ballerina'],
      })
      first(dataset.credits).character?.aliases.push({
        name: 'Ok-ju',
        sources: ['netflix-tudum-ballerina'],
      })
    })
    expect(problems.map(formatProblem)).toEqual([
      'data/works.json $[0].aliases[1].name: alias "Ballerina" is the same as the title, so it is redundant',
      'data/people.json $[0].aliases[0].name: alias "Jeon Jong-seo" is the same as the name, so it is redundant',
      'data/credits.json $[0].character.aliases[1].name: alias "Ok-ju" is the same as the character\'s name, so it is redundant',
    ])
  })
})

describe('formatProblem', () => {
  it('writes one line: file, path, message and what was expected', () => {
    const line = formatProblem({
      file: 'data/credits.json',
      path: '$[3].person',
      message: 'unknown person "kim-ji-hun"',
      expected: 'the slug of a record in data/people.json',
    })
    expect(line).toBe(
      'data/credits.json $[3].person: unknown person "kim-ji-hun" (expected the slug of a record in data/people.json)',
    )
    expect(formatProblem({ file: 'data/works.json', path: '$', message: 'file is missing' })).toBe(
      'data/works.json $: file is missing',
    )
  })
})

describe('scripts/validate-data.ts', () => {
  const tempDirs: string[] = []

  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  })

  function writeDataset(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'validate-data-'))
    tempDirs.push(dir)
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    return dir
  }

  function runCli(dir: string) {
    return spawnSync('npx', ['tsx', 'scripts/validate-data.ts', dir], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
  }

  it('exits 0 and counts the records of a valid dataset', () => {
    const result = runCli(writeDataset(toFiles(minimalDataset())))
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^data\/ \(read from .+\) is valid: 8 files, 12 records$/m)
  }, 30_000)

  it('exits 1 on an impossible date, naming file and path', () => {
    const dataset = minimalDataset()
    first(dataset.events).date = { precision: 'day', value: '2023-02-30', basis: 'stated' }
    const result = runCli(writeDataset(toFiles(dataset)))
    expect(result.status).toBe(1)
    const lines = result.stderr.split('\n').filter((line) => /^(data|\d)/.test(line))
    expect(lines).toEqual([
      'data/events.json $[0].date.value: "2023-02-30" is not a valid date (expected a real calendar date written YYYY-MM-DD)',
      expect.stringMatching(/^1 problem in data\/ \(read from .+\)$/),
    ])
  }, 30_000)

  it('exits 1 on broken JSON, naming file, line and column', () => {
    const files = toFiles(minimalDataset())
    files['events.json'] =
      files['events.json']?.replace('"kind": "chart",', '"kind": "chart"') ?? ''
    const result = runCli(writeDataset(files))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('data/events.json $: invalid JSON at line 6, column 5: ')
    expect(result.stderr).toMatch(/^1 problem in data\//m)
  }, 30_000)

  it('loads a folder for the build, and throws every problem line from assertValidDataset', () => {
    const files = toFiles(minimalDataset())
    delete files['charts.json']
    files['people.json'] = '[1'
    const dir = writeDataset(files)
    expect(loadAndValidate(dir).problems.map((p) => p.file)).toEqual([
      'data/people.json',
      'data/charts.json',
    ])
    expect(() => assertValidDataset(dir)).toThrow(
      /^The dataset in .+ is invalid \(2 problems\):\ndata\/people\.json \$: invalid JSON at line 1, column 3: .+\ndata\/charts\.json \$: file is missing/,
    )
    expect(assertValidDataset(writeDataset(toFiles(minimalDataset())))).toEqual(minimalDataset())
  })
})
