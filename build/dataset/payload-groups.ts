import { laterPageCount } from '../../src/features/cast/credit-pages.ts'
import { payloadPaths } from '../../src/data/payload-paths.ts'
import { entriesOf, type Entry } from '../../src/features/search/search-entries.ts'
import { digest } from '../digest.ts'
import { DatasetHashes } from './dataset-hashes.ts'
import { JsonMemo } from './json-memo.ts'
import { disagreementsIn } from './disagreements.ts'
import {
  creditPagePayload,
  personPayload,
  searchPayload,
  sourceListPayload,
  sourcePayload,
  supportsBySource,
  workPayload,
} from './payloads.ts'
import type { Dataset } from './schema.ts'
import { searchFiles } from './search-shards.ts'
import { creditsForWork, indexDataset, servedSource, type DatasetIndex } from './selectors.ts'

/*
 * The payload files in groups that are computed together, each with a key: a hash of the slices
 * of the dataset it is made from (dataset-hashes.ts). A rebuild computes only the groups whose
 * key changed. A key must cover everything its group's payloads read, or a rebuild serves stale
 * data: tests/unit/payload-groups.test.ts changes each kind of record in turn and checks that
 * the groups whose key changed rebuild exactly what a full build writes.
 */

/** The groups' ids, for what else is keyed by a group (the pages' meta). */
export const groupIds = {
  work: (slug: string) => `work:${slug}`,
  person: (slug: string) => `person:${slug}`,
  sources: 'sources',
  search: 'search',
  dataset: 'dataset',
} as const

export type PayloadGroup = {
  id: string
  /** A hash of everything the group's payloads are made from. */
  key(): string
  /** The group's payload files, keyed by their path under `api/`. */
  files(): Map<string, unknown>
  /**
   * For the search index's group, the entries its files are made from (searchFiles makes them),
   * so the build can make them on a worker thread while it makes the other groups.
   */
  searchEntries?: () => Entry[]
}

/** A work's page payload and its later pages of credits. */
function workGroup(index: DatasetIndex, hashes: DatasetHashes, slug: string): PayloadGroup {
  return {
    id: groupIds.work(slug),
    key: () => digest('work', hashes.work(slug), hashes.sources()),
    files() {
      const credits = creditsForWork(index, slug)
      const files = new Map<string, unknown>([
        [payloadPaths.work(slug), workPayload(index, slug, credits)],
      ])
      for (let page = 1; page <= laterPageCount(credits.length); page++) {
        files.set(payloadPaths.creditPage(slug, page), creditPagePayload(credits, page))
      }
      return files
    },
  }
}

/**
 * A person's payload: their record, credits and awards, and for each work they are credited on
 * or awarded for, its record and its people (the filmography and the collaborators).
 */
function personGroup(index: DatasetIndex, hashes: DatasetHashes, slug: string): PayloadGroup {
  return {
    id: groupIds.person(slug),
    key() {
      const works = new Set([
        ...(index.creditsByPerson.get(slug) ?? []).map((credit) => credit.work),
        ...(index.awardsByPerson.get(slug) ?? []).flatMap((award) =>
          award.work ? [award.work] : [],
        ),
      ])
      return digest(
        'person',
        hashes.person(slug),
        hashes.sources(),
        ...[...works].map((work) => `${work}=${hashes.work(work)}`),
      )
    },
    files: () => new Map([[payloadPaths.person(slug), personPayload(index, slug)]]),
  }
}

/** Payloads that draw on the whole catalogue, made again whenever any of it changes. */
function catalogueGroup(
  hashes: DatasetHashes,
  id: string,
  files: () => Map<string, unknown>,
): PayloadGroup {
  return { id, key: () => digest(id, hashes.all()), files }
}

/**
 * Every payload group the site's data makes. `json` is where the keys leave each record's JSON,
 * for the payloads' writing to reuse.
 */
export function payloadGroups(index: DatasetIndex, json = new JsonMemo()): PayloadGroup[] {
  const hashes = new DatasetHashes(index, json)
  const { dataset } = index
  const searchEntries = () => entriesOf(searchPayload(index))
  return [
    ...dataset.works.map((work) => workGroup(index, hashes, work.slug)),
    ...dataset.people.map((person) => personGroup(index, hashes, person.slug)),
    catalogueGroup(hashes, groupIds.sources, () => {
      const supports = supportsBySource(index)
      const disagreements = disagreementsIn(index)
      const files = new Map<string, unknown>([
        [payloadPaths.sourceList, sourceListPayload(index, supports, disagreements)],
      ])
      for (const source of dataset.sources) {
        files.set(
          payloadPaths.source(source.id),
          sourcePayload(index, source.id, supports, disagreements),
        )
      }
      return files
    }),
    {
      ...catalogueGroup(hashes, groupIds.search, () => searchFiles(searchEntries())),
      searchEntries,
    },
    catalogueGroup(
      hashes,
      groupIds.dataset,
      () =>
        new Map([
          [payloadPaths.dataset, { ...dataset, sources: dataset.sources.map(servedSource) }],
        ]),
    ),
  ]
}

/** Every payload file the site serves, keyed by its path under `api/`. */
export function payloadFiles(dataset: Dataset): Map<string, unknown> {
  const files = new Map<string, unknown>()
  for (const group of payloadGroups(indexDataset(dataset))) {
    for (const [file, payload] of group.files()) files.set(file, payload)
  }
  return files
}
