import { describe, expect, it } from 'vitest'
import { misses, resultOf, type Report } from '../../tools/lighthouse/judge'

/*
 * `npm run lighthouse` judges each page by its median run. These fake reports carry only what
 * that reads, so the tests pin which run is chosen and what counts as a miss.
 */

function report(run: { fcp: number; tti: number; tbt: number; performance: number }): Report {
  const audit = (id: string, numericValue: number) => ({
    id,
    title: id,
    score: 1,
    scoreDisplayMode: 'numeric',
    numericValue,
  })
  const category = (score: number) => ({ score, auditRefs: [] })
  return {
    categories: {
      performance: category(run.performance / 100),
      accessibility: category(1),
      'best-practices': category(1),
      seo: category(1),
    },
    audits: {
      'first-contentful-paint': audit('first-contentful-paint', run.fcp),
      interactive: audit('interactive', run.tti),
      'largest-contentful-paint': audit('largest-contentful-paint', run.fcp + 20),
      'cumulative-layout-shift': audit('cumulative-layout-shift', 0),
      'total-blocking-time': audit('total-blocking-time', run.tbt),
    },
  }
}

describe('the Lighthouse summary', () => {
  const runs = [
    report({ fcp: 900, tti: 2400, tbt: 20, performance: 100 }),
    report({ fcp: 1400, tti: 3900, tbt: 160, performance: 97 }),
    report({ fcp: 910, tti: 2500, tbt: 35, performance: 100 }),
  ]

  it('takes the run closest to the median FCP and TTI, and the range of all runs', () => {
    const result = resultOf('film', 'http://x/films/ballerina-2023', runs)
    expect(result.runs).toBe(3)
    expect(result.tbtMs).toBe(35)
    expect(result.scores.performance).toBe(100)
    expect(result.range).toEqual({ performance: [97, 100], tbtMs: [20, 160] })
    expect(misses(result)).toEqual([])
  })

  it('names each target the median run misses', () => {
    const slow = [report({ fcp: 1300, tti: 4000, tbt: 120, performance: 98 })]
    expect(misses(resultOf('cast', 'http://x/cast', slow))).toEqual([
      'cast: performance 98 < 100',
      'cast: LCP 1320 ms > 1200 ms',
      'cast: TBT 120 ms > 50 ms',
    ])
  })

  it('refuses a run that failed instead of scoring it', () => {
    const failed = { ...runs[0]!, runtimeError: { code: 'NO_NAVSTART', message: 'no trace' } }
    expect(() => resultOf('person', 'http://x/p', [failed])).toThrow(/NO_NAVSTART/)
  })
})
