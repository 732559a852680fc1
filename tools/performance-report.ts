import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, platform, release } from 'node:os'
import path from 'node:path'
import { chromiumVersion } from './chromium.ts'

/*
 * docs/performance.md: one generated file with a section per producer (`npm run budgets`,
 * `npm run lighthouse`, `npm run bench`). Each command replaces only its own section, between
 * markers, so the figures of one run never overwrite another command's.
 */

export const reportFile = 'docs/performance.md'

export const producers = [
  { name: 'budgets', title: 'First-visit bytes per page kind', command: 'npm run budgets' },
  { name: 'lighthouse', title: 'Lighthouse', command: 'npm run lighthouse' },
  { name: 'search', title: 'Search at catalogue scale', command: 'BENCH=search npm run bench' },
  {
    name: 'scale',
    title: 'Pages and payloads at catalogue scale',
    command: 'BENCH=scale npm run bench',
  },
  { name: 'navigation', title: 'Navigation', command: 'BENCH=navigation npm run bench' },
  { name: 'build', title: 'Build at catalogue scale', command: 'BENCH=build npm run bench' },
] as const

export type Producer = (typeof producers)[number]['name']

const header =
  '# Performance\n\n' +
  'Generated: each section is written by the command it names and replaced only by that\n' +
  'command, so its figures are those of its last run on the machine it names. Edit the\n' +
  'producers, not this file.\n'

const startMarker = (name: string) => `<!-- ${name}:start -->`
const endMarker = (name: string) => `<!-- ${name}:end -->`

/** Where and when figures were taken: they mean little without the machine behind them. */
export function machineStamp(now = new Date()): string {
  const cpu = cpus()
  return [
    `- Date: ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${platform()} ${release()}, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${cpu.length} ${cpu.length === 1 ? 'core' : 'cores'}`,
    `- Node ${process.version}; ${chromiumVersion()}`,
  ].join('\n')
}

function placeholder(name: Producer): string {
  const producer = producers.find((p) => p.name === name)
  return `## ${producer?.title ?? name}\n\nNot yet run: run \`${producer?.command ?? name}\`.`
}

function section(name: string, body: string): string {
  return `${startMarker(name)}\n\n${body.trim()}\n\n${endMarker(name)}`
}

/**
 * The report with one producer's section replaced by `body` (written in full, heading
 * included); every other section is kept as it was, and missing ones get a placeholder.
 */
export function replaceSection(document: string, name: Producer, body: string): string {
  const existing = new Map<string, string>()
  for (const { name: other } of producers) {
    const start = document.indexOf(startMarker(other))
    const end = document.indexOf(endMarker(other))
    if (start !== -1 && end > start) {
      existing.set(other, document.slice(start + startMarker(other).length, end))
    }
  }
  const sections = producers.map(({ name: other }) =>
    section(other, other === name ? body : (existing.get(other) ?? placeholder(other))),
  )
  return `${header}\n${sections.join('\n\n')}\n`
}

/** A producer's section: a heading, the machine stamp, then its text (tables in code blocks). */
export function sectionBody(name: Producer, text: string, now = new Date()): string {
  const producer = producers.find((p) => p.name === name)
  return (
    `## ${producer?.title ?? name}\n\n` +
    `Written by \`${producer?.command ?? name}\`.\n\n${machineStamp(now)}\n\n` +
    '```text\n' +
    `${text.trim()}\n` +
    '```'
  )
}

/** Writes one producer's output into docs/performance.md (or `file`), keeping the others. */
export function writeReportSection(name: Producer, text: string, file = reportFile): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, replaceSection(current, name, sectionBody(name, text)))
  console.log(`\nWrote the ${name} section of ${file}.`)
}
