import { describe, expect, it } from 'vitest'
import { payloadGroups } from '../../build/dataset/payload-groups'
import type { Dataset } from '../../build/dataset/schema'
import { indexDataset } from '../../build/dataset/selectors'
import type { HostOptions } from '../../build/pages/head-tags'
import { featuredHash, metaInputs } from '../../build/pages/meta-inputs'
import { pagesOf } from '../../build/pages/page-kinds'
import { declaredPayloads, pageJob } from '../../build/prerender/prerender'
import { payloadPaths } from '../../src/data/payload-paths'
import { linkChanges, real, synthetic, textChanges } from '../fixtures/dataset-changes'

/*
 * A rebuild takes a page's key from the last build when its meta inputs hash is unchanged, without
 * making its meta again. That is right only if the hash covers everything the meta reads: here
 * every kind of record is changed in turn, and every page whose hash stayed the same must have
 * the same meta and head tags as before.
 */

const host: HostOptions = { base: '/', siteUrl: 'https://example.org' }

function pageState(dataset: Dataset) {
  const index = indexDataset(dataset)
  const keys = new Map(payloadGroups(index).map((group) => [group.id, group.key()]))
  const featured = featuredHash(index)
  return new Map(
    pagesOf(index).map((page) => [
      page.path,
      { inputs: metaInputs(page, keys, featured), job: () => pageJob(page, index, host), page },
    ]),
  )
}

describe.each([
  ['the real dataset', real, Infinity],
  ['a small synthetic catalogue', synthetic, 4],
])('page meta in a rebuild of %s after one change', (_, dataset, most) => {
  const before = pageState(dataset)

  it('is unchanged wherever its inputs hash is', { timeout: 60_000 }, () => {
    const stale: string[] = []
    let reusable = 0
    for (const change of [...textChanges(dataset, most), ...linkChanges(dataset)]) {
      const copy = structuredClone(dataset)
      change.apply(copy)
      for (const [path, after] of pageState(copy)) {
        const old = before.get(path)
        if (old?.inputs !== after.inputs) continue
        reusable++
        if (JSON.stringify(old.job()) !== JSON.stringify(after.job())) {
          stale.push(`${change.name}: ${path}`)
        }
      }
    }
    expect(stale).toEqual([])
    // The check means something only if most pages keep their inputs for most changes.
    expect(reusable).toBeGreaterThan(before.size)
  })

  it('keys each page by the group its payload belongs to', () => {
    // A page's key also holds its payload's id, which stays only while that group's key does.
    for (const { page } of before.values()) {
      const payloads = declaredPayloads(page)
      const slug = page.params.slug ?? ''
      const expected = {
        home: [payloadPaths.work('ballerina-2023')],
        film: [payloadPaths.work(slug)],
        cast: [payloadPaths.work(slug)],
        timeline: [payloadPaths.work(slug)],
        person: [payloadPaths.person(slug)],
        sources: [payloadPaths.sourceList],
        source: [payloadPaths.source(page.params.id ?? '')],
        search: [],
      }[page.kind]
      expect(payloads, page.path).toEqual(expected)
    }
  })
})
