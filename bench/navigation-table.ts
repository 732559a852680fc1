import { median, ms } from './bench-output.ts'

/*
 * The navigation benchmark's table: each scenario's rounds summed up, and for the moves between
 * pages the ratio to the plain page load measured at the same CPU rate in the same run; for the
 * progress bar, its time against the most a click may go without feedback.
 */

export type Summary = { median: number; min: number; max: number; rounds: number }

/** Median, min and max of a scenario's rounds. */
export function summarize(times: number[]): Summary {
  return {
    median: median(times),
    min: times.length ? Math.min(...times) : Number.NaN,
    max: times.length ? Math.max(...times) : Number.NaN,
    rounds: times.length,
  }
}

/** How many times faster than the reference: reference median over scenario median. */
export function speedup(reference: number, scenario: number): number {
  return scenario > 0 ? reference / scenario : Number.NaN
}

export type Measured = {
  scenario: string
  rate: number
  times: number[]
  /** Compared with the plain page load at the same rate, against the target. */
  compared?: boolean
  /** The reference the compared scenarios are divided into. */
  reference?: boolean
  /**
   * The least a page can take for the link with its next screen ready before the click: shown
   * with its ratio, which the link's should not exceed in this run.
   */
  floor?: boolean
  /** A target in time: every round at most this many ms. */
  withinMs?: number
}

export const targetSpeedup = 4

export const navigationHeaders = [
  'scenario',
  'CPU',
  'median ms',
  'min–max ms',
  'rounds',
  '× plain load',
  'target',
]

/** The most ms a compared scenario may take at the target ratio, given the reference's median. */
export const targetMs = (reference: number[]) => summarize(reference).median / targetSpeedup

/** One row per measurement; the ratio is left blank where no same-rate reference exists. */
export function navigationRows(measured: Measured[]): string[][] {
  return measured.map((entry) => {
    const summary = summarize(entry.times)
    const reference = measured.find((other) => other.reference && other.rate === entry.rate)
    let ratio = ''
    let target = ''
    if ((entry.compared || entry.floor) && reference) {
      const value = speedup(summarize(reference.times).median, summary.median)
      ratio = `${value.toFixed(1)}×`
      target = entry.floor
        ? 'floor, not a target'
        : `≥ ${targetSpeedup}× ${value >= targetSpeedup ? 'met' : 'NOT met'}`
    }
    if (entry.withinMs !== undefined) {
      target = `≤ ${entry.withinMs} ms ${summary.max <= entry.withinMs ? 'met' : 'NOT met'}`
    }
    return [
      entry.scenario,
      `${entry.rate}×`,
      ms(summary.median),
      `${ms(summary.min)}–${ms(summary.max)}`,
      String(summary.rounds),
      ratio,
      target,
    ]
  })
}
