import { gzipSize } from '../build/budgets/page-bytes.ts'
import { textTable } from '../tools/text-table.ts'

/*
 * What the benchmarks print, kept as they print it, so `npm run bench` can also write it into
 * docs/performance.md; and the few formatters their tables share.
 */

const written: string[] = []

/** Prints a line of the benchmark's output and keeps it for the report. */
export function say(text = ''): void {
  console.log(text)
  written.push(text)
}

export function printTable({ title, headers, rows }: Table): void {
  say(`\n${title}\n${textTable(headers, rows)}`)
}

/** Everything printed through say() and printTable() so far. */
export function benchOutput(): string {
  return written.join('\n')
}

export type Table = { title: string; headers: string[]; rows: string[][] }

/** Bytes as a CDN serves them, measured the way the size budgets measure them. */
export const gzip = (text: string) => gzipSize(text)
export const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0)
export const kb = (bytes: number) => (bytes / 1000).toFixed(1)
export const count = (n: number) => n.toLocaleString('en')

/** The nearest-rank percentile: the least value that p% of the values are at or below. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN
}

/** The middle value, or the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length % 2) return sorted[middle] ?? Number.NaN
  return ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}

export function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = work()
  return { value, ms: performance.now() - started }
}
