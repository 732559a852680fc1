import { loadAndValidate } from '../build/dataset/load.ts'
import { payloadFiles } from '../build/dataset/payload-groups.ts'
import { searchPayload, type PersonPayload } from '../build/dataset/payloads.ts'
import type { Dataset } from '../build/dataset/schema.ts'
import { indexDataset } from '../build/dataset/selectors.ts'
import { payloadPaths } from '../src/data/payload-paths.ts'
import { gzip, time } from './bench-output.ts'
import {
  bigWorkSlug,
  syntheticDataset,
  writeDataset,
  type SyntheticOptions,
} from './synthetic-dataset.ts'

/*
 * A synthetic catalogue taken through the real build steps (generate, validate, payloads), and
 * the sizes of the payloads a page downloads from it.
 */

export type ScaleFigures = {
  label: string
  options: SyntheticOptions
  dataset: Dataset
  payloads: Map<string, unknown>
  generateMs: number
  validateMs: number
  payloadMs: number
  dataBytes: number
}

export function buildScale(label: string, options: SyntheticOptions, dir: string): ScaleFigures {
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
export function personPayloadSizes(figures: ScaleFigures) {
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

export function gzipOf(figures: ScaleFigures, file: string): { raw: number; gzip: number } {
  const text = JSON.stringify(figures.payloads.get(file))
  return { raw: Buffer.byteLength(text), gzip: gzip(text) }
}

/** The largest payload a source's page reads, gzip. */
export function largestSourcePayloadGzip(figures: ScaleFigures): number {
  const sizes = figures.dataset.sources.map(
    (source) => gzipOf(figures, payloadPaths.source(source.id)).gzip,
  )
  return Math.max(...sizes)
}

/** The largest page of a work's credits after the first, gzip: what each scroll or filter step fetches. */
export function largestCreditPageGzip(figures: ScaleFigures): number {
  const pages = [...figures.payloads.keys()].filter((file) => /^works\/.+\/credits\//.test(file))
  return Math.max(0, ...pages.map((file) => gzipOf(figures, file).gzip))
}

/** The whole search index as one file, gzip: what a reader would download without the shards. */
export function wholeSearchIndexGzip(figures: ScaleFigures): number {
  return gzip(JSON.stringify(searchPayload(indexDataset(figures.dataset))))
}
