import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Person } from '../build/dataset/schema.ts'
import { count, printTable, say } from './bench-output.ts'
import {
  fullScale,
  syntheticDataset,
  tenthScale,
  writeDataset,
  type SyntheticOptions,
} from './synthetic-dataset.ts'

/*
 * The real build (`npm run build`, scripts/build.ts) of the synthetic catalogue at one tenth and
 * at full size: once from a cold page cache, then again after one fact changed, with the time,
 * the pages rendered and reused, and the build process's peak memory (its worker threads
 * included). Each build runs in its own process, as a reader's would.
 */

type BuildFigures = {
  seconds: number
  pages: number
  rendered: number
  reused: number
  prerenderSeconds: number
  payloadSeconds: number
  payloadGroups: number
  groupsComputed: number
  filesWritten: number
  ogImages: number
  ogDrawn: number
  cpuSeconds: number
  peakMb: number
}

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

/** Runs scripts/build.ts on a data folder and reads its figures from what it prints. */
function build(dataDir: string, outDir: string, cacheDir: string): BuildFigures {
  const started = performance.now()
  const result = spawnSync(process.execPath, [tsxCli, 'scripts/build.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      OUT_DIR: outDir,
      PRERENDER_CACHE_DIR: cacheDir,
    },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const seconds = (performance.now() - started) / 1000
  const lines = result.stdout.split('\n')
  const line = lines.find((text) => text.startsWith('Prerendered '))
  const payloads = lines.find((text) => text.startsWith('Wrote the payloads: ')) ?? ''
  const output = lines.find((text) => / files written, /.test(text)) ?? ''
  if (result.status !== 0 || !line) {
    throw new Error(
      `The build of ${dataDir} failed:\n${result.stderr}\n${result.stdout.slice(-2000)}`,
    )
  }
  const numberIn = (text: string, pattern: RegExp) =>
    Number(text.match(pattern)?.[1]?.replace(/,/g, '') ?? NaN)
  const number = (pattern: RegExp) => numberIn(line, pattern)
  return {
    seconds,
    pages: number(/^Prerendered ([\d,]+) pages/),
    rendered: number(/\(([\d,]+) rendered/),
    reused: number(/([\d,]+) reused/),
    prerenderSeconds: number(/\) in ([\d.]+) s and/),
    payloadSeconds: numberIn(payloads, / in ([\d.]+) s$/),
    payloadGroups: numberIn(payloads, / of (\d+) groups/),
    groupsComputed: numberIn(payloads, /: (\d+) of/),
    filesWritten: numberIn(output, /: (\d+) files written/),
    ogImages: number(/([\d,]+) Open Graph images/),
    ogDrawn: number(/\(([\d,]+) redrawn/),
    cpuSeconds: number(/CPU ([\d,]+) s/),
    peakMb: number(/peak memory ([\d,]+) MB/),
  }
}

/** A build's figures as a line, printed as soon as it is done: a full-size build takes long. */
function describe(figures: BuildFigures): string {
  return (
    `  ${figures.seconds.toFixed(0)} s (CPU ${figures.cpuSeconds} s): ${count(figures.rendered)} ` +
    `pages rendered, ${count(figures.reused)} reused in ${figures.prerenderSeconds} s; ` +
    `${count(figures.ogDrawn)} of ${count(figures.ogImages)} images drawn; ` +
    `payloads ${figures.payloadSeconds} s (${count(figures.groupsComputed)} of ` +
    `${count(figures.payloadGroups)} groups computed); ${count(figures.filesWritten)} files written; ` +
    `peak ${count(figures.peakMb)} MB`
  )
}

/** One fact changes: a person's "known as", on someone outside the big work's cast. */
function changeOneFact(dataDir: string): string {
  const file = path.join(dataDir, 'people.json')
  const people = JSON.parse(readFileSync(file, 'utf8')) as Person[]
  const person = people[Math.floor(people.length * 0.75)]
  if (!person) throw new Error('The synthetic catalogue has no people')
  person.knownAs = { ...person.knownAs, value: `${person.knownAs.value} and choreographer` }
  writeFileSync(file, JSON.stringify(people))
  return person.slug
}

async function measure(label: string, options: SyntheticOptions, tmp: string) {
  const dataDir = path.join(tmp, `${label}-data`)
  const outDir = path.join(tmp, `${label}-out`)
  const cacheDir = path.join(tmp, `${label}-cache`)
  writeDataset(dataDir, syntheticDataset(options))
  say(`Building the ${label} catalogue from a cold page cache…`)
  const full = build(dataDir, outDir, cacheDir)
  say(describe(full))
  const slug = changeOneFact(dataDir)
  say(`Changed ${slug}'s "known as"; building again…`)
  const incremental = build(dataDir, outDir, cacheDir)
  say(describe(incremental))
  return { label, full, incremental }
}

export async function run(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ballerina-build-'))
  try {
    const scales = [await measure('tenth', tenthScale, tmp), await measure('full', fullScale, tmp)]
    const cell = (figures: BuildFigures) => [
      figures.seconds.toFixed(0),
      count(figures.cpuSeconds),
      figures.payloadSeconds.toFixed(1),
      `${count(figures.groupsComputed)} / ${count(figures.payloadGroups)}`,
      figures.prerenderSeconds.toFixed(1),
      `${count(figures.rendered)} / ${count(figures.reused)}`,
      count(figures.filesWritten),
      `${count(figures.ogDrawn)} / ${count(figures.ogImages)}`,
      count(figures.peakMb),
    ]
    printTable({
      title:
        '`npm run build` of the synthetic catalogue (DATA_DIR=<tmp>): full build from a cold ' +
        'page cache, then an incremental build after one person\'s "known as" changed. Build s: ' +
        'the whole command (client, server renderer, payloads, pages, images), wall clock; CPU s: ' +
        'its CPU time, all threads; payloads s: computing and writing the payloads, with the ' +
        'groups computed of all (the rest are unchanged); prerender s: the pages alone; files ' +
        'written: into the output folder, which is kept between builds (the rest are left as ' +
        'they are). Peak MB: the build process, its render workers included',
      headers: [
        'catalogue',
        'pages',
        'build',
        'build s',
        'CPU s',
        'payloads s',
        'groups computed',
        'prerender s',
        'rendered / reused',
        'files written',
        'OG drawn / total',
        'peak MB',
      ],
      rows: scales.flatMap(({ label, full, incremental }) => [
        [label, count(full.pages), 'full (cold)', ...cell(full)],
        [label, count(incremental.pages), 'one fact changed', ...cell(incremental)],
      ]),
    })
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) await run()
