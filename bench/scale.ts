import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import type * as RendererModule from '../src/entry-server.tsx'
import { loadAndValidate } from '../build/dataset/load.ts'
import { payloadFiles, type PersonPayload, type WorkPayload } from '../build/dataset/payloads.ts'
import type { Dataset } from '../build/dataset/schema.ts'
import { indexDataset } from '../build/dataset/selectors.ts'
import { pagesOf } from '../build/pages/page-kinds.ts'
import { pageDocument } from '../build/prerender/page-template.ts'
import { loadFrom } from '../build/prerender/prerender.ts'
import { splitHoisted, stateScript } from '../build/prerender/rendered-page.ts'
import { pathOf } from '../src/config/page-kinds.ts'
import { payloadPaths } from '../src/data/payload-paths.ts'
import {
  bigWorkSlug,
  fullScale,
  syntheticDataset,
  tenthScale,
  writeDataset,
  type SyntheticOptions,
} from './synthetic-dataset.ts'

/*
 * The app at catalogue scale (`npm run bench`): a synthetic dataset of 2,000 works, 20,000 people
 * and 100,000 credits is generated, validated and turned into payloads; then a sample of pages
 * is prerendered with the real renderer, and the cast filter is driven keystroke by keystroke on
 * a 2,000-credit work in Chromium. Printed figures, never a pass/fail test: timings depend on the
 * machine and its load.
 */

type Renderer = typeof RendererModule
type Table = { title: string; headers: string[]; rows: string[][] }

const gzip = (text: string) => gzipSync(text, { level: 9 }).length
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0)
const kb = (bytes: number) => (bytes / 1000).toFixed(1)
const count = (n: number) => n.toLocaleString('en')

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

function printTable({ title, headers, rows }: Table) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
  console.log(`\n${title}`)
  console.log(line(headers))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = work()
  return { value, ms: performance.now() - started }
}

type ScaleFigures = {
  label: string
  options: SyntheticOptions
  dataset: Dataset
  payloads: Map<string, unknown>
  generateMs: number
  validateMs: number
  payloadMs: number
  dataBytes: number
}

function buildScale(label: string, options: SyntheticOptions, dir: string): ScaleFigures {
  const generated = time(() => syntheticDataset(options))
  const dataBytes = writeDataset(dir, generated.value)
  const validated = time(() => loadAndValidate(dir))
  const { dataset, problems } = validated.value
  if (!dataset || problems.length > 0) {
    throw new Error(`The synthetic dataset is invalid: ${JSON.stringify(problems.slice(0, 5))}`)
  }
  const built = time(() => payloadFiles(dataset))
  return {
    label,
    options,
    dataset,
    payloads: built.value,
    generateMs: generated.ms,
    validateMs: validated.ms,
    payloadMs: built.ms,
    dataBytes,
  }
}

/** Person payload sizes (JSON as served, raw and gzip) over every person of a catalogue. */
function personPayloadSizes(figures: ScaleFigures) {
  const bigWorkPeople = new Set(
    figures.dataset.credits.filter((c) => c.work === bigWorkSlug).map((c) => c.person),
  )
  const sizes: { slug: string; raw: number; inBigWork: boolean }[] = []
  for (const person of figures.dataset.people) {
    const payload = figures.payloads.get(payloadPaths.person(person.slug)) as PersonPayload
    sizes.push({
      slug: person.slug,
      raw: Buffer.byteLength(JSON.stringify(payload)),
      inBigWork: bigWorkPeople.has(person.slug),
    })
  }
  return sizes
}

function gzipOf(figures: ScaleFigures, file: string): { raw: number; gzip: number } {
  const text = JSON.stringify(figures.payloads.get(file))
  return { raw: Buffer.byteLength(text), gzip: gzip(text) }
}

/**
 * The prerenderer's renderer, built by Vite for Node into the project's node_modules/.cache (so
 * the bundle resolves react and friends from node_modules).
 */
async function buildServerBundles(): Promise<string> {
  const outDir = path.resolve('node_modules/.cache/ballerina-bench')
  // Vite sets NODE_ENV=production while it builds. React is already loaded (in the mode the
  // bench runs in: production, as `npm run build` runs scripts/prerender.ts), and react-dom
  // must match.
  const nodeEnv = process.env.NODE_ENV
  await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          'entry-server': path.resolve('src/entry-server.tsx'),
        },
      },
    },
  })
  if (nodeEnv === undefined) delete process.env.NODE_ENV
  else process.env.NODE_ENV = nodeEnv
  return outDir
}

const readdirIfExists = (dir: string) => (existsSync(dir) ? readdirSync(dir) : [])

async function measurePrerender(renderer: Renderer, figures: ScaleFigures) {
  const load = loadFrom(figures.payloads)
  // The page around the render, with the styles the build inlines when there is a build to read.
  const stylesheet = readdirIfExists('dist/assets').find((file) => file.endsWith('.css'))
  const styles = stylesheet
    ? `<style>${readFileSync(`dist/assets/${stylesheet}`, 'utf8')}</style>`
    : ''
  const { dataset } = figures
  const step = Math.floor(dataset.people.length / 200)
  const samples = [
    {
      kind: 'person',
      routes: dataset.people
        .filter((_, i) => i % step === 0)
        .map((p) => pathOf('person', { slug: p.slug })),
    },
    {
      kind: 'work',
      routes: dataset.works.slice(1, 41).map((w) => pathOf('film', { slug: w.slug })),
    },
    {
      kind: 'cast (49 credits)',
      routes: dataset.works.slice(1, 41).map((w) => pathOf('cast', { slug: w.slug })),
    },
    { kind: 'cast (2,000 credits)', routes: [pathOf('cast', { slug: bigWorkSlug })] },
    { kind: 'film (2,000 credits)', routes: [pathOf('film', { slug: bigWorkSlug })] },
  ]
  const rows: string[][] = []
  const perKind = new Map<string, number>()
  // Warm up: the first render pays for module initialisation.
  await renderer.renderPage(pathOf('film', { slug: bigWorkSlug }), load)
  for (const { kind, routes } of samples) {
    const times: number[] = []
    const htmlSizes: number[] = []
    for (const route of routes) {
      const started = performance.now()
      const rendered = await renderer.renderPage(route, load)
      // The rendered title stands in for the head tags (description, Open Graph, JSON-LD).
      const { head, body } = splitHoisted(rendered.html)
      const page = pageDocument('/', {
        policy: '',
        styles,
        head,
        modules: '',
        root: body,
        afterRoot: stateScript(rendered.state),
        loader: '',
      })
      times.push(performance.now() - started)
      if (rendered.status !== 200) throw new Error(`${route} rendered with ${rendered.status}`)
      htmlSizes.push(gzip(page))
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length
    perKind.set(kind, mean)
    rows.push([
      kind,
      String(routes.length),
      ms(mean),
      ms(Math.max(...times)),
      kb(percentile(htmlSizes, 50)),
      kb(Math.max(...htmlSizes)),
    ])
  }
  printTable({
    title:
      `Prerender cost on a sample (${figures.label}): the real renderer, render + compose, ` +
      `React ${process.env.NODE_ENV ?? 'development'} build as scripts/prerender.ts runs it`,
    headers: ['page kind', 'sampled', 'mean ms', 'max ms', 'HTML p50 kB gz', 'HTML max kB gz'],
    rows,
  })
  const routes = pagesOf(indexDataset(dataset))
  const people = dataset.people.length
  const works = dataset.works.length
  const estimate =
    people * (perKind.get('person') ?? 0) +
    works * ((perKind.get('work') ?? 0) * 2 + (perKind.get('cast (49 credits)') ?? 0))
  console.log(
    `Extrapolated: ${count(routes.length)} pages ≈ ${(estimate / 1000).toFixed(0)} s of ` +
      `rendering (timeline pages counted at the work page's cost; file writes not included).`,
  )
}

/**
 * The cast filter on the 2,000-credit work in Chromium, with the production build in dist/:
 * the work is unknown to the build, so the static server answers with the 404.html shell, the
 * app renders the cast route on the client and fetches the work's payload, which is answered
 * with the synthetic one. Each keystroke is timed from the input event to the frame after the
 * URL (and so the list) has updated.
 */
export async function measureCastFilter(payloads: Map<string, unknown>) {
  const { hasBrowser, launchBrowser, serveSite } = await import('../tools/chromium.ts')
  if (!hasBrowser || !existsSync('dist/404.html')) {
    console.log('\nCast filter: skipped (needs Chromium and a build in dist/: npm run build).')
    return
  }
  const payload = payloads.get(payloadPaths.work(bigWorkSlug)) as WorkPayload
  const site = await serveSite()
  const browser = await launchBrowser()
  try {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.route(`**/api/${payloadPaths.work(bigWorkSlug)}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(payload) }),
    )
    const mountStarted = performance.now()
    await page.goto(site.url(pathOf('cast', { slug: bigWorkSlug })))
    const input = page.locator('input[name="q"]')
    await input.waitFor()
    await page.locator('[role="status"]').waitFor()
    const mountMs = performance.now() - mountStarted
    const cards = () => page.locator('main a[href*="/people/"]').count()

    const rows: string[][] = [
      ['open the page (load + render)', '-', ms(mountMs), ms(mountMs), String(await cards())],
    ]
    let slowest = 0
    for (const text of ['Character 1', 'kim min', 'Director', 'zzzz']) {
      const times: number[] = []
      for (let i = 1; i <= text.length; i++) {
        const value = text.slice(0, i)
        times.push(
          await page.evaluate(async (typed) => {
            const box = document.querySelector<HTMLInputElement>('input[name="q"]')
            if (!box) throw new Error('no filter box')
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')
            const started = performance.now()
            setValue?.set?.call(box, typed)
            box.dispatchEvent(new Event('input', { bubbles: true }))
            // No named functions in here: tsx would wrap them in a helper the page lacks.
            while (new URLSearchParams(location.search).get('q') !== typed) {
              await new Promise((resolve) => requestAnimationFrame(resolve))
            }
            await new Promise((resolve) => requestAnimationFrame(resolve))
            return performance.now() - started
          }, value),
        )
      }
      slowest = Math.max(slowest, ...times)
      rows.push([
        `type "${text}"`,
        String(text.length),
        ms(percentile(times, 50)),
        ms(Math.max(...times)),
        String(await cards()),
      ])
      await input.fill('')
    }
    printTable({
      title:
        `Cast filter on ${bigWorkSlug} (${count(payload.credits.length)} credits), Chromium, ` +
        'production build: input event to the frame after the list updated, per keystroke',
      headers: ['action', 'keys', 'p50 ms', 'max ms', 'person links in DOM after'],
      rows,
    })
    console.log(`Slowest keystroke: ${ms(slowest)} ms (the list is windowed: see the DOM counts).`)
  } finally {
    await browser.close()
    await site.close()
  }
}

export async function run(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ballerina-scale-'))
  try {
    const tenth = buildScale('1× (one tenth)', tenthScale, path.join(tmp, 'tenth'))
    const full = buildScale('10× (full)', fullScale, path.join(tmp, 'full'))

    printTable({
      title: 'Synthetic catalogue: generate, validate (scripts/validate-data.ts), build payloads',
      headers: [
        'catalogue',
        'works',
        'people',
        'credits',
        'data MB',
        'gen ms',
        'validate ms',
        'payloads ms',
      ],
      rows: [tenth, full].map((f) => [
        f.label,
        count(f.dataset.works.length),
        count(f.dataset.people.length),
        count(f.dataset.credits.length),
        (f.dataBytes / 1e6).toFixed(1),
        ms(f.generateMs),
        ms(f.validateMs),
        ms(f.payloadMs),
      ]),
    })

    const sizeRows: string[][] = []
    for (const figures of [tenth, full]) {
      const sizes = personPayloadSizes(figures)
      const typical = sizes.filter((s) => !s.inBigWork).map((s) => s.raw)
      const big = sizes.filter((s) => s.inBigWork).map((s) => s.raw)
      const largestTypical = sizes
        .filter((s) => !s.inBigWork)
        .reduce((a, b) => (b.raw > a.raw ? b : a))
      const largestGzip = gzipOf(figures, payloadPaths.person(largestTypical.slug)).gzip
      sizeRows.push([
        figures.label,
        kb(percentile(typical, 50)),
        kb(percentile(typical, 95)),
        `${kb(largestTypical.raw)} (${kb(largestGzip)} gz)`,
        big.length ? kb(Math.max(...big)) : '-',
        kb(gzipOf(figures, payloadPaths.work(bigWorkSlug)).gzip),
        kb(gzipOf(figures, payloadPaths.sources).gzip),
        kb(gzipOf(figures, payloadPaths.search).gzip),
      ])
    }
    printTable({
      title:
        'Payload JSON a page downloads, kB (person: raw JSON; others gzip). A person page is ' +
        'its HTML + this payload inlined; it must not grow with the catalogue',
      headers: [
        'catalogue',
        'person p50',
        'person p95',
        'person max',
        'person in big work, max',
        'big work gz',
        'sources.json gz',
        'search index gz',
      ],
      rows: sizeRows,
    })

    console.log('\nBuilding the renderer for Node (vite build --ssr)…')
    const bundles = await buildServerBundles()
    const renderer = (await import(
      pathToFileURL(path.join(bundles, 'entry-server.js')).href
    )) as Renderer
    await measurePrerender(renderer, full)
    await measureCastFilter(full.payloads)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) await run()
