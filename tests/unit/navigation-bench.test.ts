import { describe, expect, it } from 'vitest'
import { navigationRows, speedup, summarize, targetMs } from '../../bench/navigation-table.ts'

describe('navigation benchmark table', () => {
  it('summarizes rounds by median, min and max', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, rounds: 3 })
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5)
    expect(summarize([]).median).toBeNaN()
  })

  it('divides the reference median by the scenario median', () => {
    expect(speedup(400, 100)).toBe(4)
    expect(speedup(400, 0)).toBeNaN()
  })

  it('compares each scenario with the plain load at its own CPU rate', () => {
    const rows = navigationRows([
      { scenario: 'plain load', rate: 1, times: [200, 200], reference: true },
      { scenario: 'plain load', rate: 4, times: [800], reference: true },
      { scenario: 'link', rate: 1, times: [40], compared: true },
      { scenario: 'link', rate: 4, times: [400], compared: true },
      { scenario: 'palette', rate: 4, times: [50] },
    ])
    expect(rows[2]?.slice(5)).toEqual(['5.0×', '≥ 4× met'])
    expect(rows[3]?.slice(5)).toEqual(['2.0×', '≥ 4× NOT met'])
    expect(rows[4]?.slice(5)).toEqual(['', ''])
    expect(rows[0]?.slice(5)).toEqual(['', ''])
  })

  it('shows the floor with its ratio, as a bound rather than a target', () => {
    const rows = navigationRows([
      { scenario: 'plain load', rate: 4, times: [200], reference: true },
      { scenario: 'floor', rate: 4, times: [40], floor: true },
      { scenario: 'floor', rate: 1, times: [10], floor: true },
    ])
    expect(rows[1]?.slice(5)).toEqual(['5.0×', 'floor, not a target'])
    expect(rows[2]?.slice(5)).toEqual(['', ''])
  })

  it('turns the reference median into the time the target ratio allows', () => {
    expect(targetMs([170, 180, 176])).toBe(44)
  })

  it('holds a scenario with a time target to every round', () => {
    const rows = navigationRows([
      { scenario: 'bar', rate: 1, times: [90, 100, 150], withinMs: 150 },
      { scenario: 'bar', rate: 4, times: [90, 100, 151], withinMs: 150 },
    ])
    expect(rows[0]?.slice(5)).toEqual(['', '≤ 150 ms met'])
    expect(rows[1]?.slice(5)).toEqual(['', '≤ 150 ms NOT met'])
  })
})
