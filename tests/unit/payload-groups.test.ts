import { describe, expect, it } from 'vitest'
import { JsonMemo } from '../../build/dataset/json-memo'
import { payloadFiles, payloadGroups } from '../../build/dataset/payload-groups'
import type { Dataset } from '../../build/dataset/schema'
import { indexDataset } from '../../build/dataset/selectors'
import {
  awardElsewhere,
  linkChanges,
  real,
  synthetic,
  textChanges,
} from '../fixtures/dataset-changes'

/*
 * A rebuild computes only the payload groups whose key changed and keeps the others' files. That
 * is right only if each key covers everything its group reads: here every kind of record is
 * changed in turn, and the rebuild must write exactly what a full build of the changed data does.
 */

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
