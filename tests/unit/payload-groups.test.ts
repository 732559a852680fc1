import { describe, expect, it } from 'vitest'
import { loadAndValidate } from '../../build/dataset/load'
import { JsonMemo } from '../../build/dataset/json-memo'
import { payloadFiles, payloadGroups } from '../../build/dataset/payload-groups'
import { datasetFiles, type Dataset } from '../../build/dataset/schema'
import { indexDataset } from '../../build/dataset/selectors'
import { syntheticDataset } from '../../bench/synthetic-dataset'

/*
 * A rebuild computes only the payload groups whose key changed and keeps the others' files. That
 * is right only if each key covers everything its group reads: here every kind of record is
 * changed in turn, and the rebuild must write exactly what a full build of the changed data does.
 */

const { dataset: real } = loadAndValidate('data')
if (!real) throw new Error('data/ is invalid')
const synthetic = syntheticDataset({ works: 12, people: 60, credits: 150, bigWorkCredits: 30 })

type Files = Map<string, string>

/** What a full build serves, as JSON.stringify writes it. */
const serialise = (files: Map<string, unknown>): Files =>
  new Map([...files].map(([file, payload]) => [file, JSON.stringify(payload)]))

/** What a group's files are written as by the build (write-payloads.ts), through its memo. */
const written = (files: Map<string, unknown>, json: JsonMemo): Files =>
  new Map([...files].map(([file, payload]) => [file, json.payload(payload)]))

/** Each group's key and files, as a build leaves them. */
function built(dataset: Dataset) {
  const json = new JsonMemo()
  return new Map(
    payloadGroups(indexDataset(dataset), json).map((group) => [
      group.id,
      { key: group.key(), files: written(group.files(), json) },
    ]),
  )
}

/** What a rebuild writes: the files of groups with a new key, the previous files of the rest. */
function rebuilt(previous: ReturnType<typeof built>, dataset: Dataset) {
  const files: Files = new Map()
  const computed: string[] = []
  const json = new JsonMemo()
  for (const group of payloadGroups(indexDataset(dataset), json)) {
    const before = previous.get(group.id)
    const unchanged = before?.key === group.key()
    if (!unchanged) computed.push(group.id)
    for (const [file, text] of unchanged ? before.files : written(group.files(), json)) {
      files.set(file, text)
    }
  }
  return { files, computed }
}

/** Keys of free text, whose change reaches the pages without breaking a reference. */
const textKeys = new Set([
  'name',
  'title',
  'text',
  'note',
  'doubt',
  'summary',
  'value',
  'job',
  'chart',
  'ceremony',
  'category',
  'site',
  'shortName',
  'description',
])

/** The record with every free-text string in it changed; false when it has none. */
function changeText(value: unknown): boolean {
  let changed = false
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    for (const [key, child] of Object.entries(record)) {
      if (typeof child === 'string' && textKeys.has(key)) {
        record[key] = `${child} (changed)`
        changed = true
      } else {
        visit(child)
      }
    }
  }
  visit(value)
  return changed
}

type Change = { name: string; apply: (dataset: Dataset) => void }

/** Up to `most` positions spread over a list, first and last included. */
function spread(length: number, most: number): number[] {
  if (length <= most) return Array.from({ length }, (_, at) => at)
  return Array.from({ length: most }, (_, i) => Math.round((i * (length - 1)) / (most - 1)))
}

/** A change to records of every file (up to `most` of each): their text changed. */
function textChanges(dataset: Dataset, most: number): Change[] {
  return datasetFiles.flatMap((file) =>
    spread(dataset[file].length, most).map((at) => ({
      name: `the text of ${file}[${at}]`,
      apply: (copy: Dataset) => {
        if (!changeText(copy[file][at])) throw new Error(`${file}[${at}] has no text to change`)
      },
    })),
  )
}

/** Changes to who is linked to what: the edges a group's key must follow. */
function linkChanges(dataset: Dataset): Change[] {
  const people = dataset.people.map((person) => person.slug)
  const works = dataset.works.map((work) => work.slug)
  return [
    ...dataset.credits.slice(0, 12).map((_, at) => ({
      name: `credits[${at}] moved to another person`,
      apply: (copy: Dataset) => {
        const credit = copy.credits[at]
        if (credit) credit.person = people.find((slug) => slug !== credit.person) ?? credit.person
      },
    })),
    ...dataset.credits.slice(0, 12).map((_, at) => ({
      name: `credits[${at}] moved to another work`,
      apply: (copy: Dataset) => {
        const credit = copy.credits[at]
        if (credit) credit.work = works.find((slug) => slug !== credit.work) ?? credit.work
      },
    })),
    ...dataset.credits.slice(0, 6).map((_, at) => ({
      name: `credits[${at}] removed`,
      apply: (copy: Dataset) => void copy.credits.splice(at, 1),
    })),
    ...people.slice(0, 6).map((slug) => ({
      name: `${slug} removed with their credits`,
      apply: (copy: Dataset) => {
        copy.people = copy.people.filter((person) => person.slug !== slug)
        copy.credits = copy.credits.filter((credit) => credit.person !== slug)
      },
    })),
    ...people.slice(0, 6).map((slug) => ({
      name: `an award for ${slug} for a work they are not credited on`,
      apply: (copy: Dataset) => void awardElsewhere(copy, slug),
    })),
  ]
}

/** Gives a person an award for a work they have no credit on; returns the work. */
function awardElsewhere(dataset: Dataset, slug: string): string {
  const credited = new Set(
    dataset.credits.filter((credit) => credit.person === slug).map((credit) => credit.work),
  )
  const work = dataset.works.find((other) => !credited.has(other.slug))
  if (!work) throw new Error(`${slug} is credited on every work`)
  dataset.awards.push({
    id: `test-award-${dataset.awards.length}`,
    ceremony: 'A test ceremony',
    category: 'Best test',
    person: slug,
    work: work.slug,
    outcome: 'won',
    sources: [dataset.sources[0]?.id ?? 'editorial'],
  })
  return work.slug
}

describe.each([
  // Every record of the real dataset; a sample of the catalogue's, whose records repeat a pattern.
  ['the real dataset', real, Infinity],
  ['a small synthetic catalogue', synthetic, 6],
])('a rebuild of %s after one change', (_, dataset, most) => {
  const previous = built(dataset)
  const changes = [...textChanges(dataset, most), ...linkChanges(dataset)]

  it('writes what a full build writes, for every kind of change', { timeout: 60_000 }, () => {
    const stale: string[] = []
    for (const change of changes) {
      const copy = structuredClone(dataset)
      change.apply(copy)
      const { files } = rebuilt(previous, copy)
      const full = serialise(payloadFiles(copy))
      const wrong = [...full.keys()].filter((file) => files.get(file) !== full.get(file))
      if (wrong.length > 0 || files.size !== full.size) {
        stale.push(`${change.name}: ${wrong.slice(0, 3).join(', ') || 'other files'}`)
      }
    }
    expect(stale).toEqual([])
  })

  it('follows an award to a work its person has no credit on', () => {
    const withAward = structuredClone(dataset)
    const slug = withAward.people[0]?.slug ?? ''
    const workSlug = awardElsewhere(withAward, slug)
    const copy = structuredClone(withAward)
    const work = copy.works.find((other) => other.slug === workSlug)
    if (!work) throw new Error(`no ${workSlug}`)
    work.title = `${work.title} (changed)`
    const { files } = rebuilt(built(withAward), copy)
    expect(files).toEqual(serialise(payloadFiles(copy)))
  })

  it('computes again only some groups for a change to one person', () => {
    const copy = structuredClone(dataset)
    const person = copy.people.at(-1)
    if (!person) throw new Error('no people')
    person.knownAs = { ...person.knownAs, value: `${person.knownAs.value} (changed)` }
    const { computed } = rebuilt(previous, copy)
    expect(computed).toContain(`person:${person.slug}`)
    expect(computed.length).toBeLessThan(previous.size / 2)
  })

  it('computes nothing when nothing changed', () => {
    expect(rebuilt(previous, structuredClone(dataset)).computed).toEqual([])
  })
})
