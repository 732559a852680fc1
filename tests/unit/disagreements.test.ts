import { describe, expect, it } from 'vitest'
import { countDoubts, disagreementsIn } from '../../build/dataset/disagreements'
import type { Dataset } from '../../build/dataset/schema'
import { indexDataset } from '../../build/dataset/selectors'
import { loadAndValidate } from '../../build/dataset/load'

const { dataset } = loadAndValidate('data')
if (!dataset) throw new Error('data/ is invalid')
const found = disagreementsIn(indexDataset(dataset))

describe('disagreementsIn', () => {
  it('finds the chart rank the articles disagree on, with each value and its source', () => {
    const rank = found.find((item) => item.kind === 'differ' && item.label.endsWith('rank'))
    expect(rank).toMatchObject({
      kind: 'differ',
      page: { kind: 'work', slug: 'ballerina-2023', title: 'Ballerina' },
    })
    if (rank?.kind !== 'differ') throw new Error('no rank disagreement')
    expect(rank.claims.map((claim) => [claim.value, claim.sources])).toEqual([
      [3, ['sayart-2023-10-11']],
      [1, ['sayart-2023-10-15']],
    ])
  })

  it('lists every doubt in the dataset, each once', () => {
    const doubts = found.filter((item) => item.kind === 'doubt')
    expect(doubts).toHaveLength(countDoubts(dataset))
    expect(new Set(found.map((item) => item.key)).size).toBe(found.length)
  })

  it('does not treat a film’s several genres as sources that differ', () => {
    expect(found.some((item) => item.label.includes('genre'))).toBe(false)
  })

  it('puts a doubt on the page where the fact appears, with what the article says', () => {
    const award = found.find((item) => item.key.startsWith('award:park-yu-rim'))
    expect(award).toMatchObject({
      kind: 'doubt',
      page: { kind: 'person', slug: 'park-yu-rim' },
      sources: ['jtbc-revenge-preview'],
    })
    const bargain = found.find(
      (item) => item.kind === 'doubt' && item.statement.startsWith('Said to be based on'),
    )
    expect(bargain?.page.slug).toBe('ballerina-2023')
  })

  it('finds a disagreement wherever a single-valued fact gets differing values', () => {
    const small: Dataset = {
      ...dataset,
      works: dataset.works.map((work) =>
        work.slug === 'burning-2018'
          ? {
              ...work,
              year: [
                { value: 2018, sources: ['action-movie-2023-10-11'] },
                { value: 2019, sources: ['jtbc-revenge-preview'] },
              ],
            }
          : work,
      ),
    }
    const year = disagreementsIn(indexDataset(small)).find(
      (item) => item.kind === 'differ' && item.page.slug === 'burning-2018',
    )
    expect(year?.label).toBe('The work — year')
  })

  it('finds nothing in a dataset without doubts or differing claims', () => {
    const empty: Dataset = {
      sources: [],
      works: [],
      people: [],
      credits: [],
      events: [],
      ratings: [],
      charts: [],
      awards: [],
    }
    expect(disagreementsIn(indexDataset(empty))).toEqual([])
  })
})
