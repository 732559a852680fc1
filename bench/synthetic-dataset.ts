import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  datasetFileName,
  datasetFiles,
  type Award,
  type Chart,
  type Credit,
  type Dataset,
  type Event,
  type Person,
  type Rating,
  type Source,
  type Work,
} from '../build/dataset/schema.ts'
import { featuredWorkSlug } from '../src/data/site.ts'
import { seededRandom } from './seeded-random.ts'
import {
  capitalise,
  familyNames,
  genres,
  givenSyllables,
  itemAt,
  jobs,
  nouns,
  pad,
  words,
} from './synthetic-names.ts'

/*
 * A catalogue far larger than one film, in the dataset's real shape, for the scale benchmark:
 * valid by the same validator as data/, deterministic (a seeded generator), with the real
 * data's texture — romanised Korean names with Hangul and alternative spellings, characters,
 * crew jobs, dated events, ratings, charts and awards, every record citing a source. The names
 * are invented and marked as such; nothing here is presented as fact.
 */

export type SyntheticOptions = {
  works: number
  people: number
  credits: number
  /** Credits on one work, the stress case for the cast page's filter and list. */
  bigWorkCredits: number
  seed?: number
}

export const fullScale: SyntheticOptions = {
  works: 2_000,
  people: 20_000,
  credits: 100_000,
  bigWorkCredits: 2_000,
}

/** One tenth of the full catalogue, to show what does and does not grow with it. */
export const tenthScale: SyntheticOptions = {
  works: 200,
  people: 2_000,
  credits: 10_000,
  bigWorkCredits: 200,
}

export const bigWorkSlug = 'synthetic-epic-2024'

/** The big work first; the second is the featured film, so the home page has its work. */
function workSlug(i: number): string {
  if (i === 0) return bigWorkSlug
  return i === 1 ? featuredWorkSlug : `synthetic-work-${pad(i, 5)}`
}

export function syntheticDataset(options: SyntheticOptions): Dataset {
  const next = seededRandom(options.seed ?? 20231006)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const cite = () => [pick(sourceIds)]

  const sources: Source[] = Array.from({ length: 5 }, (_, i) => ({
    id: `synthetic-source-${i + 1}`,
    kind: 'article',
    shortName: `Synthetic Daily ${i + 1}`,
    publication: `Synthetic Daily ${i + 1}`,
    title: `A generated article for the scale benchmark, number ${i + 1}`,
    byline: null,
    date: `2024-0${i + 1}-15`,
    summary: 'Generated for the scale benchmark; its facts are invented.',
  }))
  const sourceIds = sources.map((source) => source.id)

  const works: Work[] = Array.from({ length: options.works }, (_, i) => {
    const year = 1990 + (i % 35)
    const title = i === 0 ? 'Synthetic Epic' : `${pick(words)} ${pick(nouns)} ${i}`
    return {
      slug: workSlug(i),
      title,
      aliases: i % 4 === 0 ? [{ name: `${title} (working title)`, sources: cite() }] : [],
      kind: i % 5 === 0 ? 'series' : 'film',
      year: [{ value: i === 0 ? 2024 : year, sources: cite() }],
      platform: { value: i % 2 === 0 ? 'Netflix' : 'Cinema', sources: cite() },
      genres: [{ value: pick(genres), sources: cite() }],
      logline: { value: `An invented story, number ${i}, for the benchmark.`, sources: cite() },
      facts: [{ text: `Generated work ${i}.`, sources: cite() }],
      sources: cite(),
    }
  })

  const people: Person[] = Array.from({ length: options.people }, (_, i) => {
    const [familyHangul, family] = itemAt(familyNames, i % 20)
    const [firstHangul, first] = itemAt(givenSyllables, Math.floor(i / 20) % 20)
    const [secondHangul, second] = itemAt(givenSyllables, Math.floor(i / 400) % 20)
    const name = `${family} ${capitalise(first)}-${second}`
    return {
      slug: `${family}-${first}-${second}-${i}`.toLowerCase(),
      name,
      hangulName: { value: `${familyHangul}${firstHangul}${secondHangul}`, sources: cite() },
      aliases:
        i % 3 === 0
          ? [
              {
                name: `${family} ${capitalise(first)}${second}`,
                sources: cite(),
                note: 'run-together spelling',
              },
            ]
          : [],
      knownAs: { value: i % 5 === 0 ? 'Director' : 'Actor', sources: cite() },
      facts: [{ text: `Generated person ${i}.`, sources: cite() }],
      sources: cite(),
    }
  })

  const credits: Credit[] = []
  const addCredit = (work: Work, person: Person, n: number, castShare: number) => {
    const cast = n < castShare
    credits.push({
      id: `${work.slug}-${person.slug}`,
      work: work.slug,
      person: person.slug,
      department: cast ? 'cast' : 'crew',
      billing: cast ? (n < 3 ? 'lead' : n < 40 ? 'supporting' : 'guest') : 'crew',
      ...(cast
        ? {
            character: {
              name: `Character ${n + 1} of ${work.title}`,
              aliases: n % 7 === 0 ? [{ name: `Char. ${n + 1}`, sources: cite() }] : [],
              descriptions: [{ text: 'An invented character.', sources: cite() }],
            },
          }
        : { job: jobs[n % jobs.length] }),
      sources: cite(),
    })
  }

  const big = works[0]
  const bigCount = Math.min(options.bigWorkCredits, options.people)
  if (big) {
    for (let n = 0; n < bigCount; n++) {
      const person = people[n]
      if (person) addCredit(big, person, n, Math.floor(bigCount * 0.8))
    }
  }
  // The rest spread evenly; a stride coprime with the number of people keeps each work's
  // people distinct, so no credit is a duplicate.
  const others = Math.max(options.works - 1, 1)
  const remaining = options.credits - credits.length
  const stride = 7919
  for (let w = 1; w < options.works; w++) {
    const work = works[w]
    if (!work) continue
    const count = Math.floor(remaining / others) + (w <= remaining % others ? 1 : 0)
    for (let n = 0; n < count; n++) {
      const person = people[(w * 53 + n * stride) % options.people]
      if (person) addCredit(work, person, n, Math.ceil(count * 0.7))
    }
  }

  const events: Event[] = works.flatMap((work, i) => {
    const year = work.year?.[0]?.value ?? 2024
    return [
      {
        id: `${work.slug}-announced`,
        work: work.slug,
        kind: 'announcement',
        title: 'Production announced',
        summary: 'An invented announcement.',
        date: { precision: 'month', value: `${year - 1}-${pad((i % 12) + 1, 2)}` },
        sources: cite(),
      },
      {
        id: `${work.slug}-release`,
        work: work.slug,
        kind: 'release',
        title: 'Released',
        summary: 'An invented release.',
        date: { precision: 'day', value: `${year}-${pad((i % 12) + 1, 2)}-10`, basis: 'stated' },
        sources: cite(),
      },
      {
        id: `${work.slug}-teaser`,
        work: work.slug,
        kind: 'making-of',
        title: 'Teaser shown',
        summary: 'An invented teaser.',
        date: {
          precision: 'relative',
          before: `${year}-${pad((i % 12) + 1, 2)}-10`,
          label: 'Before the release',
        },
        sources: cite(),
      },
    ]
  })

  const ratings: Rating[] = works.map((work, i) => ({
    id: `${work.slug}-rating`,
    work: work.slug,
    site: 'Synthetic Reviews',
    measure: 'Rating out of 10',
    value: Math.round((4 + (i % 60) / 10) * 10) / 10,
    scaleMax: 10,
    unit: 'points',
    asOf: '2024-06-01',
    sources: cite(),
  }))

  const charts: Chart[] = works
    .filter((_, i) => i % 10 === 0)
    .map((work, i) => ({
      id: `${work.slug}-chart`,
      work: work.slug,
      chart: 'Synthetic weekly chart',
      rank: [{ value: (i % 10) + 1, sources: cite() }],
      sources: cite(),
    }))

  const awards: Award[] = people
    .filter((_, i) => i % 20 === 0)
    .map((person, i) => ({
      id: `${person.slug}-award`,
      ceremony: 'Synthetic Film Awards',
      year: 2000 + (i % 24),
      category: 'Best performance',
      outcome: i % 2 === 0 ? 'won' : 'nominated',
      person: person.slug,
      work: works[i % works.length]?.slug,
      sources: cite(),
    }))

  return { sources, works, people, credits, events, ratings, charts, awards }
}

/** Writes the dataset as data/ would hold it: one JSON array per file. */
export function writeDataset(dir: string, dataset: Dataset): number {
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  for (const name of datasetFiles) {
    const text = JSON.stringify(dataset[name])
    bytes += Buffer.byteLength(text)
    writeFileSync(path.join(dir, datasetFileName(name)), text)
  }
  return bytes
}
