import { describe, expect, it } from 'vitest'
import { payloadFiles } from '../../build/dataset/payload-groups'
import {
  maxListedPages,
  personPayload,
  sourceListPayload,
  sourcePayload,
  supportsBySource,
  workPayload,
} from '../../build/dataset/payloads'
import {
  citedSourceIds,
  collaboratorsOf,
  creditsForWork,
  filmographyFor,
  indexDataset,
  maxCollaborators,
  servedSource,
} from '../../build/dataset/selectors'
import { sourcesDiffer } from '../../src/data/claims'
import { creditPageSize, laterPageCount } from '../../src/features/cast/credit-pages'
import type { CreditPagePayload, WorkPayload } from '../../src/data/payload-types'
import { keyCredits, maxNamedPerJob } from '../../src/features/film/work-labels'
import { timelineFor } from '../../src/features/timeline/timeline-groups'
import { loadAndValidate } from '../../build/dataset/load'
import { minimalDataset } from '../fixtures/minimal-dataset'

const { dataset } = loadAndValidate('data')
if (!dataset) throw new Error('data/ is invalid')
const index = indexDataset(dataset)

describe('creditsForWork', () => {
  it('lists the lead first, then supporting cast, then crew', () => {
    const credits = creditsForWork(index, 'ballerina-2023')
    expect(credits[0]?.person.name).toBe('Jeon Jong-seo')
    const departments = credits.map((credit) => credit.department)
    expect(departments.indexOf('crew')).toBeGreaterThan(departments.lastIndexOf('cast'))
  })

  it('joins each credit to a summary of its person, aliases included', () => {
    const jeon = creditsForWork(index, 'ballerina-2023').find(
      (credit) => credit.person.slug === 'jeon-jong-seo',
    )
    expect(jeon?.character?.name).toBe('Ok-ju')
    expect(jeon?.person.aliases).toContain('Jeon Jong-Soo')
  })
})

describe('filmographyFor', () => {
  it('orders a person’s works by year, with undated works last', () => {
    const years = filmographyFor(index, 'kim-ji-hoon').map((credit) => credit.work.year)
    const dated = years.filter((year) => year !== undefined)
    expect(dated).toEqual([...dated].sort((a, b) => a - b))
    expect(years.slice(0, dated.length)).toEqual(dated)
    expect(dated.length).toBeLessThan(years.length)
  })
})

describe('collaboratorsOf', () => {
  it('finds people shared on works other than Ballerina', () => {
    const names = collaboratorsOf(index, 'jeon-jong-seo').map((entry) => entry.person.name)
    expect(names).toEqual(['Kim Ji-hoon', 'Lee Chung-hyun'])
  })

  it('does not count the featured film itself', () => {
    expect(collaboratorsOf(index, 'kim-min-hye')).toEqual([])
  })
})

describe('timelineFor', () => {
  const groups = timelineFor(index.eventsByWork.get('ballerina-2023') ?? [])

  it('puts events known only as "before the release" in their own group ahead of the release', () => {
    expect(groups[0]).toMatchObject({ kind: 'relative', anchor: '2023-10-06' })
    const release = groups.findIndex((group) =>
      group.events.some((event) => event.kind === 'release'),
    )
    expect(release).toBeGreaterThan(0)
  })

  it('keeps dated events in date order within their month', () => {
    const october = groups.find((group) => group.key === 'month:2023-10')
    const days = october?.events.map((event) =>
      event.date.precision === 'day' ? event.date.value : '',
    )
    expect(days).toEqual([...(days ?? [])].sort())
    expect(days?.[0]).toBe('2023-10-06')
  })
})

describe('sourcesDiffer', () => {
  it('flags the chart rank, on which the articles disagree', () => {
    const chart = dataset.charts[0]
    expect(chart && sourcesDiffer(chart.rank)).toBe(true)
    expect(
      sourcesDiffer([
        { value: 3, sources: ['a'] },
        { value: 3, sources: ['b'] },
      ]),
    ).toBe(false)
  })
})

describe('payloads', () => {
  it('gives each page only the sources it cites', () => {
    const payload = personPayload(index, 'kim-min-hye')
    const cited = citedSourceIds({ ...payload, sources: [] })
    expect(payload?.sources.map((source) => source.id).sort()).toEqual([...cited].sort())
  })

  it('answers null for an unknown slug, which the app shows as not found', () => {
    expect(workPayload(index, 'ballerina-1999')).toBeNull()
    expect(personPayload(index, 'nobody')).toBeNull()
  })

  it('links every fact a source supports back to a page', () => {
    const supports = supportsBySource(index)
    expect(supports.get('sayart-2023-10-11')?.some((fact) => fact.label === 'Rating: IMDb')).toBe(
      true,
    )
    for (const source of dataset.sources) {
      if (source.kind === 'article') expect(supports.get(source.id)?.length).toBeGreaterThan(0)
    }
  })

  it('gives a source’s page that source’s facts only, under the pages where they appear', () => {
    const supports = supportsBySource(index)
    for (const { id } of dataset.sources) {
      const own = supports.get(id) ?? []
      const payload = sourcePayload(index, id)
      expect(payload?.source.id).toBe(id)
      expect(payload?.source.factCount).toBe(own.length)
      const shown = payload?.source.pages.flatMap(({ page, facts }) =>
        facts.map((label) => `${page.kind}:${page.slug} ${label}`),
      )
      const expected = own.map(({ page, label }) => `${page.kind}:${page.slug} ${label}`)
      expect(shown?.sort()).toEqual([...new Set(expected)].sort())
    }
    const kdrama = sourcePayload(index, 'kdrama-blog-preview')
    const kdramaFacts = kdrama?.source.pages.flatMap(({ facts }) => facts)
    expect(kdramaFacts).toContain('Credit: Jeon Jong-seo as Ok-ju')
    // Only Sayart.net (11 Oct) gives the IMDb rating.
    expect(kdramaFacts).not.toContain('Rating: IMDb')
  })

  it('gives a source’s page only the disagreements it takes part in, its citations numbered as on the sources page', () => {
    const all = sourceListPayload(index).disagreements
    const payload = sourcePayload(index, 'sayart-2023-10-15')
    expect(payload?.disagreements.length).toBeGreaterThan(0)
    expect(payload?.disagreements.length).toBeLessThan(all.length)
    for (const item of payload?.disagreements ?? []) {
      expect([...citedSourceIds(item)]).toContain('sayart-2023-10-15')
    }
    const cited = citedSourceIds(payload?.disagreements)
    expect(payload?.sources.map((source) => source.id).sort()).toEqual([...cited].sort())
    for (const source of payload?.sources ?? []) {
      const position = dataset.sources.findIndex((candidate) => candidate.id === source.id)
      expect(source.number).toBe(position + 1)
    }
  })

  it('lists the sources with how many facts each supports on which pages, not the facts', () => {
    const supports = supportsBySource(index)
    const list = sourceListPayload(index)
    expect(list.sources.map((source) => source.id)).toEqual(dataset.sources.map((s) => s.id))
    const sayart = list.sources.find((source) => source.id === 'sayart-2023-10-11')
    expect(sayart?.factCount).toBe(supports.get('sayart-2023-10-11')?.length)
    expect(sayart?.pages).toContainEqual({
      page: { kind: 'person', slug: 'kim-min-hye', title: 'Kim Min-hye' },
      factCount: 1,
    })
    expect(JSON.stringify(list)).not.toContain('Rating: IMDb')
  })

  it('answers null for an unknown source id, which the app shows as not found', () => {
    expect(sourcePayload(index, 'nobody')).toBeNull()
  })

  it('writes one payload per work, person and source, plus the sources list, the search shards and the download', () => {
    const files = payloadFiles(dataset)
    const outsideSearchShards = [...files.keys()].filter((file) => !file.startsWith('search/'))
    expect(outsideSearchShards).toHaveLength(
      dataset.works.length + dataset.people.length + dataset.sources.length + 2,
    )
    expect(files.has('search/index.json')).toBe(true)
    expect(files.has('people/jeon-jong-seo.json')).toBe(true)
    expect(files.get('sources.json')).toEqual(sourceListPayload(index))
    expect(files.get('sources/sayart-2023-10-11.json')).toEqual(
      sourcePayload(index, 'sayart-2023-10-11'),
    )
    expect(files.get('ballerina-dataset.json')).toEqual({
      ...dataset,
      sources: dataset.sources.map(servedSource),
    })
  })

  it('serves no raw article file name, in any payload', () => {
    const rawFileName = /\d{3}_[0-9a-f]{16}\.txt/
    // The data keeps them, so the check below would catch one that got through.
    expect(dataset.sources.some((source) => rawFileName.test(source.file ?? ''))).toBe(true)
    const files = payloadFiles(dataset)
    for (const [file, payload] of files) {
      expect(JSON.stringify(payload), file).not.toMatch(rawFileName)
    }
  })
})

/** The minimal dataset with `count` more people, each cast in The Call, all cited to one source. */
function withExtraPeople(count: number) {
  const big = minimalDataset()
  const source = big.sources[0]!.id
  for (let n = 0; n < count; n += 1) {
    big.people.push({
      slug: `extra-${n}`,
      name: `Extra ${n}`,
      aliases: [],
      knownAs: { value: 'Actor', sources: [source] },
      facts: [],
      sources: [source],
    })
    big.credits.push({
      id: `the-call-extra-${n}`,
      work: 'the-call',
      person: `extra-${n}`,
      department: 'cast',
      sources: [source],
    })
  }
  return { big, source }
}

describe('person payloads at catalogue scale', () => {
  it('lists the closest collaborators only, and counts the rest', () => {
    const { big, source } = withExtraPeople(40)
    big.credits.push({
      id: 'the-call-jeon-jong-seo-extra',
      work: 'the-call',
      person: 'jeon-jong-seo',
      department: 'cast',
      sources: [source],
    })
    const payload = personPayload(indexDataset(big), 'jeon-jong-seo')
    expect(payload?.collaborators).toHaveLength(maxCollaborators)
    expect(payload?.collaboratorCount).toBeGreaterThanOrEqual(40)
  })
})

describe('the sources list at catalogue scale', () => {
  it('names a source’s first pages only, and counts them all', () => {
    const extra = maxListedPages + 5
    const { big, source } = withExtraPeople(extra)
    const index = indexDataset(big)
    const listed = sourceListPayload(index).sources.find(({ id }) => id === source)
    expect(listed?.pages).toHaveLength(maxListedPages)
    expect(listed?.pageCount).toBeGreaterThanOrEqual(extra)
    expect(listed?.pageCount).toBe(sourcePayload(index, source)?.source.pages.length)
  })
})

describe('work payloads at catalogue scale', () => {
  it('carries the first page of credits and writes the rest as pages, in order', () => {
    const extra = creditPageSize * 2 + 5
    const { big } = withExtraPeople(extra)
    const index = indexDataset(big)
    const all = creditsForWork(index, 'the-call')
    const files = payloadFiles(big)
    const payload = files.get('works/the-call.json') as WorkPayload
    expect(payload.credits).toEqual(all.slice(0, creditPageSize))
    expect(payload.creditCount).toBe(all.length)
    expect(payload.castCount).toBe(all.filter((credit) => credit.department === 'cast').length)

    expect(laterPageCount(all.length)).toBe(2)
    const pages = [1, 2]
    const later = pages.flatMap(
      (page) => (files.get(`works/the-call/credits/${page}.json`) as CreditPagePayload).credits,
    )
    expect([...payload.credits, ...later]).toEqual(all)
    expect(files.has(`works/the-call/credits/${pages.length + 1}.json`)).toBe(false)
  })

  it('keeps the key crew for the head of the page when they fall beyond the first page', () => {
    const { big, source } = withExtraPeople(creditPageSize)
    big.credits.push({
      id: 'the-call-lee-chung-hyun',
      work: 'the-call',
      person: 'lee-chung-hyun',
      department: 'crew',
      billing: 'crew',
      job: 'Director',
      sources: [source],
    })
    const payload = workPayload(indexDataset(big), 'the-call')!
    const crew = keyCredits(creditsForWork(indexDataset(big), 'the-call'))
    expect(crew.map((credit) => credit.id)).toEqual(['the-call-lee-chung-hyun'])
    expect(keyCredits(payload.credits)).toEqual([])
    expect(payload.laterKeyCredits).toEqual(crew)
  })

  it('carries no more key crew per job than the head of the page names', () => {
    const { big, source } = withExtraPeople(creditPageSize + maxNamedPerJob + 3)
    for (const credit of big.credits.slice(-(maxNamedPerJob + 3))) {
      Object.assign(credit, { department: 'crew', billing: 'crew', job: 'Director' })
    }
    big.credits.push({
      ...big.credits.at(-1)!,
      id: 'the-call-writer',
      job: 'Writer',
      sources: [source],
    })
    const payload = workPayload(indexDataset(big), 'the-call')!
    const jobs = payload.laterKeyCredits.map((credit) => credit.job)
    expect(jobs).toEqual([...Array<string>(maxNamedPerJob).fill('Director'), 'Writer'])
  })

  it('writes no pages for a work of ordinary size', () => {
    const files = payloadFiles(dataset)
    expect([...files.keys()].filter((file) => file.includes('/credits/'))).toEqual([])
    const payload = files.get('works/ballerina-2023.json') as WorkPayload
    expect(payload.credits).toHaveLength(payload.creditCount)
    expect(payload.laterKeyCredits).toEqual([])
  })
})
