import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import { indexDataset } from '../build/dataset/selectors.ts'
import { pagesOf } from '../build/pages/page-kinds.ts'
import { appEntryKey } from '../build/prerender/assets.ts'
import { pageJob } from '../build/prerender/prerender.ts'
import {
  loadFrom,
  renderPageFile,
  type PageFrame,
  type Renderer,
} from '../build/prerender/render-page.ts'
import { matchPage, pathOf } from '../src/config/page-kinds.ts'
import { count, gzip, kb, ms, percentile, printTable, say } from './bench-output.ts'
import type { ScaleFigures } from './scale-catalogue.ts'
import { bigWorkSlug } from './synthetic-dataset.ts'

/*
 * A sample of the synthetic catalogue's pages rendered by the real renderer through the build's
 * own render path (build/prerender/render-page.ts).
 */

/**
 * The prerenderer's renderer, built by Vite for Node into the project's node_modules/.cache (so
 * the bundle resolves react and friends from node_modules).
 */
export async function buildServerBundles(): Promise<string> {
  const outDir = path.resolve('node_modules/.cache/ballerina-bench')
  // Vite sets NODE_ENV=production while it builds. React is already loaded (in the mode the
  // bench runs in: production, as `npm run build` runs build/prerender/prerender.ts), and react-dom
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

export async function measurePrerender(renderer: Renderer, figures: ScaleFigures) {
  const load = loadFrom(figures.payloads)
  // The page around the render, with the styles the build inlines when there is a build to read.
  const stylesheet = readdirIfExists('dist/assets').find((file) => file.endsWith('.css'))
  const styles = stylesheet
    ? `<style>${readFileSync(`dist/assets/${stylesheet}`, 'utf8')}</style>`
    : ''
  // No client build here: a stand-in manifest names only the app's entry.
  const frame: PageFrame = {
    base: '/',
    manifest: { [appEntryKey]: { file: 'assets/app.js' } },
    shared: { policy: '', styles, loader: '' },
  }
  const { dataset } = figures
  const step = Math.floor(dataset.people.length / 200)
  const typicalWorks = dataset.works.slice(1, 41).map((w) => w.slug)
  // The sampled works' credits as the generator made them, for the table's labels.
  const creditCounts = new Map<string, number>()
  for (const credit of dataset.credits) {
    creditCounts.set(credit.work, (creditCounts.get(credit.work) ?? 0) + 1)
  }
  const credits = (slugs: string[]) => {
    const counts = slugs.map((slug) => creditCounts.get(slug) ?? 0)
    const [least, most] = [Math.min(...counts), Math.max(...counts)]
    return `${least === most ? count(least) : `${count(least)}–${count(most)}`} credits`
  }
  const samples = [
    {
      kind: 'person',
      routes: dataset.people
        .filter((_, i) => i % step === 0)
        .map((p) => pathOf('person', { slug: p.slug })),
    },
    { kind: 'work', routes: typicalWorks.map((slug) => pathOf('film', { slug })) },
    {
      kind: 'cast',
      label: `cast (${credits(typicalWorks)})`,
      routes: typicalWorks.map((slug) => pathOf('cast', { slug })),
    },
    {
      kind: 'big cast',
      label: `cast (${credits([bigWorkSlug])})`,
      routes: [pathOf('cast', { slug: bigWorkSlug })],
    },
    {
      kind: 'big film',
      label: `film (${credits([bigWorkSlug])})`,
      routes: [pathOf('film', { slug: bigWorkSlug })],
    },
  ]
  const rows: string[][] = []
  const perKind = new Map<string, number>()
  const index = indexDataset(dataset)
  const host = { base: frame.base }
  const jobOf = (route: string) => {
    const page = matchPage(route)
    if (!page) throw new Error(`${route} is no page`)
    return pageJob(page, index, host)
  }
  // Warm up: the first render pays for module initialisation.
  await renderPageFile(renderer, frame, load, jobOf(pathOf('film', { slug: bigWorkSlug })))
  for (const { kind, label = kind, routes } of samples) {
    const times: number[] = []
    const htmlSizes: number[] = []
    for (const job of routes.map(jobOf)) {
      const started = performance.now()
      const page = await renderPageFile(renderer, frame, load, job)
      times.push(performance.now() - started)
      htmlSizes.push(gzip(page))
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length
    perKind.set(kind, mean)
    rows.push([
      label,
      String(routes.length),
      ms(mean),
      ms(Math.max(...times)),
      kb(percentile(htmlSizes, 50)),
      kb(Math.max(...htmlSizes)),
    ])
  }
  printTable({
    title:
      `Prerender cost on a sample (${figures.label}): the build's render path, render + compose, ` +
      `React ${process.env.NODE_ENV ?? 'development'} build as build/prerender/prerender.ts runs it`,
    headers: ['page kind', 'sampled', 'mean ms', 'max ms', 'HTML p50 kB gz', 'HTML max kB gz'],
    rows,
  })
  const routes = pagesOf(index)
  const people = dataset.people.length
  const works = dataset.works.length
  const estimate =
    people * (perKind.get('person') ?? 0) +
    works * ((perKind.get('work') ?? 0) * 2 + (perKind.get('cast') ?? 0))
  say(
    `Extrapolated: ${count(routes.length)} pages ≈ ${(estimate / 1000).toFixed(0)} s of ` +
      `rendering (timeline pages counted at the work page's cost; file writes not included).`,
  )
}
