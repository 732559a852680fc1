import { describe, expect, it } from 'vitest'
import {
  describeServiceWorker,
  planPrecache,
  precacheLimitBytes,
  precacheRole,
} from '../../build/prerender/service-worker'

const shell = [
  { file: '404.html', gzipBytes: 10_000 },
  { file: 'assets/stack-abc.js', gzipBytes: 108_000 },
  { file: 'assets/index-abc.css', gzipBytes: 7_500 },
  { file: 'manifest.webmanifest', gzipBytes: 300 },
  { file: 'icon-512.png', gzipBytes: 10_000 },
]
const outside = [
  { file: 'og/people/jeon-jong-seo.png', gzipBytes: 110_000 },
  { file: 'sw.js', gzipBytes: 10_000 },
  { file: '_headers', gzipBytes: 800 },
  { file: 'robots.txt', gzipBytes: 40 },
  { file: 'sitemap.xml', gzipBytes: 900 },
]
const pages = (count: number, gzipBytes: number) =>
  Array.from({ length: count }, (_, i) => [
    { file: `people/person-${i}/index.html`, gzipBytes },
    { file: `api/people/person-${i}.json`, gzipBytes: gzipBytes / 8 },
  ]).flat()

/** A build's file names, and their gzip sizes as planPrecache asks for them, counting the asks. */
function build(files: { file: string; gzipBytes: number }[]) {
  const sizes = new Map(files.map(({ file, gzipBytes }) => [file, gzipBytes]))
  const asked: string[] = []
  const gzipBytesOf = (file: string) => {
    asked.push(file)
    return sizes.get(file) ?? 0
  }
  return { files: files.map(({ file }) => file), gzipBytesOf, asked }
}

describe('the precache plan', () => {
  it('sorts the files of a build into shell, content and neither', () => {
    expect(precacheRole('index.html')).toBe('content')
    expect(precacheRole('films/ballerina-2023/cast/index.html')).toBe('content')
    expect(precacheRole('api/works/ballerina-2023.json')).toBe('content')
    expect(precacheRole('api/sources.json')).toBe('content')
    expect(precacheRole('api/sources/sayart-2023-10-11.json')).toBe('content')
    expect(precacheRole('404.html')).toBe('shell')
    expect(precacheRole('assets/app-x1.js')).toBe('shell')
    for (const { file } of outside) expect(precacheRole(file), file).toBeNull()
  })

  it('precaches every page, payload and asset of a small build, and no preview image', () => {
    const small = [...shell, ...outside, ...pages(68, 14_000)]
    const { files, gzipBytesOf } = build(small)
    const plan = planPrecache(files, gzipBytesOf)
    expect(plan.mode).toBe('full')
    expect(plan.files).toContain('people/person-67/index.html')
    expect(plan.files).toContain('api/people/person-0.json')
    expect(plan.files).toContain('404.html')
    expect(plan.files.some((file) => file.startsWith('og/') || file === 'sw.js')).toBe(false)
    const precached = small.filter(({ file }) => plan.files.includes(file))
    expect(plan.bytes).toBe(precached.reduce((total, { gzipBytes }) => total + gzipBytes, 0))
    expect(plan.bytes).toBeLessThanOrEqual(precacheLimitBytes)
  })

  it('precaches only the shell of a catalogue, compressing no more of it than it must', () => {
    const { files, gzipBytesOf, asked } = build([...shell, ...outside, ...pages(22_000, 15_000)])
    const plan = planPrecache(files, gzipBytesOf)
    expect(plan.mode).toBe('shell')
    expect(plan.files.sort()).toEqual(shell.map(({ file }) => file).sort())
    expect(plan.bytes).toBe(shell.reduce((total, { gzipBytes }) => total + gzipBytes, 0))
    // Enough pages to pass the limit, far fewer than a catalogue's.
    expect(asked.length).toBeLessThan(300)
    const said = describeServiceWorker({
      mode: plan.mode,
      files: plan.files.length,
      bytes: plan.bytes,
      storedBytes: plan.bytes * 4,
    })
    expect(said).toMatch(/shell mode/)
    expect(said).toMatch(/network-first/)
  })

  it('chooses by size: exactly at the limit is still precached whole', () => {
    const { files, gzipBytesOf } = build([{ file: 'index.html', gzipBytes: 1000 }])
    expect(planPrecache(files, gzipBytesOf, 1000).mode).toBe('full')
    expect(planPrecache(files, gzipBytesOf, 999).mode).toBe('shell')
  })
})
