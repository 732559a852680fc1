import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { payloadFiles } from '../../build/dataset/payload-groups'
import type { Dataset } from '../../build/dataset/schema'
import { indexDataset } from '../../build/dataset/selectors'
import { writePayloads } from '../../build/dataset/write-payloads'
import { OutputFolder } from '../../build/output-folder'
import { real } from '../fixtures/dataset-changes'
import { tempDirsFor } from '../fixtures/temp-dirs'

/*
 * The build's writing of the payloads into the output folder, the search index made on a worker
 * thread: what it leaves under api/ must be byte for byte what every group makes, on a first
 * build and on a rebuild that keeps the unchanged files.
 */

const code = 'the code that computes the payloads'

/** What a build of `dataset` from scratch serves under api/, as JSON.stringify writes it. */
const expected = (dataset: Dataset) =>
  new Map([...payloadFiles(dataset)].map(([file, payload]) => [file, JSON.stringify(payload)]))

describe('writing the payloads into the output folder', () => {
  const tempDir = tempDirsFor('write-payloads')

  async function build(dataset: Dataset, out: string, records: string) {
    const output = new OutputFolder(out, records)
    const result = await writePayloads(indexDataset(dataset), output, code)
    const written = output.written
    const files = output.list().map((file) => file.replace(/^api\//, ''))
    // The id each payload file was recorded with, which the pages' cache keys are made from.
    const ids = new Map(files.map((file) => [file, output.idOf(`api/${file}`)]))
    output.finish()
    const read = (file: string) => readFileSync(path.join(out, 'api', file), 'utf8')
    return { result, written, files, ids, read }
  }

  it('writes every group, the search index among them, as the groups make them', async () => {
    const root = tempDir()
    const { result, files, ids, read } = await build(real, `${root}/dist`, `${root}/records`)
    const want = expected(real)
    expect(result.computed).toBe(result.groups)
    expect(files.sort()).toEqual([...want.keys()].sort())
    expect(files.some((file) => file.startsWith('search/'))).toBe(true)
    for (const [file, text] of want) expect(read(file), file).toBe(text)
    // Each file's id, as the pages' cache keys read them, is the one the output recorded.
    expect(new Map(result.hashes)).toEqual(ids)
  })

  it('rewrites only the files a change reaches, the search shards included', async () => {
    const root = tempDir()
    const out = `${root}/dist`
    const records = `${root}/records`
    const first = await build(real, out, records)

    const changed = structuredClone(real)
    const person = changed.people.find((record) => record.slug === 'jeon-jong-seo')
    if (!person) throw new Error('the real dataset has no jeon-jong-seo')
    person.aliases.push({ name: 'Jeon Jongseo', sources: person.knownAs.sources })
    const again = await build(changed, out, records)

    const want = expected(changed)
    expect(again.files.sort()).toEqual([...want.keys()].sort())
    for (const [file, text] of want) expect(again.read(file), file).toBe(text)
    const shards = (files: string[]) => files.filter((file) => file.startsWith('search/'))
    const changedShards = shards(again.files).filter(
      (file) => want.get(file) !== JSON.stringify(payloadFiles(real).get(file)),
    )
    // A new alias files the person under new keys: some shards change, most stay as they were.
    expect(changedShards.length).toBeGreaterThan(0)
    expect(changedShards.length).toBeLessThan(shards(first.files).length / 2)
    expect(again.written).toBeLessThan(first.written / 2)
    expect(again.result.computed).toBeLessThan(again.result.groups)
    expect(new Map(again.result.hashes)).toEqual(again.ids)

    // Built again unchanged, nothing is computed or written: every group's record was kept.
    const unchanged = await build(changed, out, records)
    expect(unchanged.result.computed).toBe(0)
    expect(unchanged.written).toBe(0)
    expect(new Map(unchanged.result.hashes)).toEqual(again.ids)
  })
})
