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
    const plan = planPrecache([...shell, ...outside, ...pages(68, 14_000)])
    expect(plan.mode).toBe('full')
    expect(plan.files).toContain('people/person-67/index.html')
    expect(plan.files).toContain('api/people/person-0.json')
    expect(plan.files).toContain('404.html')
    expect(plan.files.some((file) => file.startsWith('og/') || file === 'sw.js')).toBe(false)
    expect(plan.bytes).toBe(plan.fullBytes)
    expect(plan.bytes).toBeLessThanOrEqual(precacheLimitBytes)
  })

  it('precaches only the shell of a catalogue, keeping under the limit', () => {
    const plan = planPrecache([...shell, ...outside, ...pages(22_000, 15_000)])
    expect(plan.mode).toBe('shell')
    expect(plan.files.sort()).toEqual(shell.map(({ file }) => file).sort())
    expect(plan.bytes).toBeLessThan(precacheLimitBytes)
    expect(plan.fullBytes).toBeGreaterThan(precacheLimitBytes)
    const said = describeServiceWorker({
      mode: plan.mode,
      files: plan.files.length,
      bytes: plan.bytes,
      storedBytes: plan.bytes * 4,
      fullBytes: plan.fullBytes,
    })
    expect(said).toMatch(/shell mode/)
    expect(said).toMatch(/network-first/)
  })

  it('chooses by size: exactly at the limit is still precached whole', () => {
    const files = [{ file: 'index.html', gzipBytes: 1000 }]
    expect(planPrecache(files, 1000).mode).toBe('full')
    expect(planPrecache(files, 999).mode).toBe('shell')
  })
})
