import { digest } from '../digest.ts'
import { JsonMemo } from './json-memo.ts'
import type { Dataset } from './schema.ts'
import type { DatasetIndex } from './selectors.ts'

/*
 * Hashes of slices of the dataset, so a rebuild can tell which payloads a change reaches without
 * computing them all. Each record is written as JSON once per build and hashed once; a slice's
 * hash combines its records' hashes. See payload-groups.ts for which payloads are made from which
 * slices.
 */

export class DatasetHashes {
  private readonly memo = new Map<string, string>()

  constructor(
    private readonly index: DatasetIndex,
    /** Shared with the payloads' writing, which then never writes a record's JSON again. */
    private readonly json = new JsonMemo(),
  ) {}

  private hashOf(record: object | undefined): string {
    return record ? this.json.hash(record) : ''
  }

  private hashOfList(records: readonly object[] | undefined): string {
    return digest(...(records ?? []).map((record) => this.hashOf(record)))
  }

  private remember(name: string, hash: () => string): string {
    let value = this.memo.get(name)
    if (value === undefined) {
      value = hash()
      this.memo.set(name, value)
    }
    return value
  }

  /** The whole dataset: what the catalogue-wide payloads (search, sources) are made from. */
  all(): string {
    return this.remember('all', () => {
      const { dataset } = this.index
      const files = Object.keys(dataset) as (keyof Dataset)[]
      return digest(...files.flatMap((file) => [file, this.hashOfList(dataset[file])]))
    })
  }

  /** The sources, which every payload that cites one lists. */
  sources(): string {
    return this.remember('sources', () => this.hashOfList(this.index.dataset.sources))
  }

  /** A person's own record: what any page that mentions them shows of them. */
  personRecord(slug: string): string {
    return this.hashOf(this.index.people.get(slug))
  }

  /** A person with what is filed under them: their credits and awards. */
  person(slug: string): string {
    return this.remember(`person:${slug}`, () => {
      const { index } = this
      return digest(
        this.personRecord(slug),
        this.hashOfList(index.creditsByPerson.get(slug)),
        this.hashOfList(index.awardsByPerson.get(slug)),
      )
    })
  }

  /**
   * A work with what is filed under it (credits, events, ratings, charts, awards) and the own
   * record of every person its credits and awards name.
   */
  work(slug: string): string {
    return this.remember(`work:${slug}`, () => {
      const { index } = this
      const credits = index.creditsByWork.get(slug) ?? []
      const awards = index.awardsByWork.get(slug) ?? []
      const people = [
        ...credits.map((credit) => credit.person),
        ...awards.flatMap((award) => (award.person ? [award.person] : [])),
      ]
      return digest(
        this.hashOf(index.works.get(slug)),
        this.hashOfList(credits),
        this.hashOfList(index.eventsByWork.get(slug)),
        this.hashOfList(index.ratingsByWork.get(slug)),
        this.hashOfList(index.chartsByWork.get(slug)),
        this.hashOfList(awards),
        ...people.map((person) => `${person}=${this.personRecord(person)}`),
      )
    })
  }
}
