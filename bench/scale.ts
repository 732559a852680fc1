import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Renderer } from '../build/prerender/render-page.ts'
import { payloadPaths } from '../src/data/payload-paths.ts'
import { count, kb, ms, percentile, printTable } from './bench-output.ts'
import {
  buildScale,
  gzipOf,
  largestCreditPageGzip,
  largestSourcePayloadGzip,
  personPayloadSizes,
  wholeSearchIndexGzip,
} from './scale-catalogue.ts'
import { measureCastFilter } from './scale-cast-filter.ts'
import { buildServerBundles, measurePrerender } from './scale-prerender.ts'
import { bigWorkSlug, fullScale, tenthScale } from './synthetic-dataset.ts'

/*
 * The app at catalogue scale (`npm run bench`): synthetic datasets at a tenth and at the full
 * scale (synthetic-dataset.ts) are generated, validated and turned into payloads
 * (scale-catalogue.ts); then a sample of pages is prerendered through the build's render path
 * (scale-prerender.ts), and the cast filter is driven keystroke by keystroke on the big work in
 * Chromium (scale-cast-filter.ts). Printed figures, never a pass/fail test: timings depend on
 * the machine and its load.
 */

export async function run(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ballerina-scale-'))
  try {
    const factor = fullScale.works / tenthScale.works
    const tenth = buildScale('1× (one tenth)', tenthScale, path.join(tmp, 'tenth'))
    const full = buildScale(`${factor}× (full)`, fullScale, path.join(tmp, 'full'))

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
        kb(largestCreditPageGzip(figures)),
        kb(gzipOf(figures, payloadPaths.sourceList).gzip),
        kb(largestSourcePayloadGzip(figures)),
        kb(wholeSearchIndexGzip(figures)),
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
        'credit page max gz',
        'sources list gz',
        'source max gz',
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
