import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDirsFor } from '../fixtures/temp-dirs'
import { placeFile } from '../../build/cache-files'
import { digest, folderDigest } from '../../build/digest'
import {
  appKey,
  pageKey,
  PageCache,
  planPages,
  type AppInputs,
} from '../../build/prerender/page-cache'

const app: AppInputs = {
  renderer: 'renderer-v1',
  manifest: '{"index.html":{"file":"assets/index-a.js"}}',
  template: '<!doctype html><style>a{}</style>',
  builder: 'builder-v1',
  base: '/',
  siteUrl: undefined,
}

/** A small site: three pages of one work (one payload), a person, and the search page. */
function site(appInputs: AppInputs, payloads: Record<string, string>, titles = {}) {
  const pages = [
    { path: '/films/a', payloads: ['works/a.json'] },
    { path: '/films/a/cast', payloads: ['works/a.json'] },
    { path: '/films/a/timeline', payloads: ['works/a.json'] },
    { path: '/people/b', payloads: ['people/b.json'] },
    { path: '/search', payloads: [] },
  ]
  const key = appKey(appInputs)
  return pages.map((page) => {
    const meta = { title: (titles as Record<string, string>)[page.path] ?? page.path }
    const hashes = page.payloads.map((file) => digest(payloads[file] ?? ''))
    return {
      path: page.path,
      key: pageKey(key, { path: page.path, payloads: hashes, meta, head: `<meta ${meta.title}>` }),
    }
  })
}

const payloads = { 'works/a.json': '{"work":"a"}', 'people/b.json': '{"person":"b"}' }
const cachedFrom = (pages: { key: string }[]) => new Set(pages.map((page) => page.key))
const paths = (pages: { path: string }[]) => pages.map((page) => page.path)

describe('page cache keys', () => {
  it('reuses every page when nothing changed', () => {
    const plan = planPages(site(app, payloads), cachedFrom(site(app, payloads)))
    expect(plan.render).toEqual([])
    expect(plan.reuse).toHaveLength(5)
  })

  it('re-renders only the pages that read a changed payload', () => {
    const before = cachedFrom(site(app, payloads))
    const changed = { ...payloads, 'people/b.json': '{"person":"b","knownAs":"Dancer"}' }
    expect(paths(planPages(site(app, changed), before).render)).toEqual(['/people/b'])
    const work = { ...payloads, 'works/a.json': '{"work":"a2"}' }
    expect(paths(planPages(site(app, work), before).render)).toEqual([
      '/films/a',
      '/films/a/cast',
      '/films/a/timeline',
    ])
  })

  it('re-renders a page whose meta changed though its payload did not', () => {
    const before = cachedFrom(site(app, payloads))
    const plan = planPages(site(app, payloads, { '/search': 'Search 2' }), before)
    expect(paths(plan.render)).toEqual(['/search'])
  })

  it('re-renders every page when the template, the code or the host changes', () => {
    const before = cachedFrom(site(app, payloads))
    for (const change of [
      { template: '<!doctype html><style>b{}</style>' },
      { manifest: '{"index.html":{"file":"assets/index-b.js"}}' },
      { renderer: 'renderer-v2' },
      { builder: 'builder-v2' },
      { base: '/explorer/' },
      { siteUrl: 'https://example.org' },
    ]) {
      expect(planPages(site({ ...app, ...change }, payloads), before).reuse).toEqual([])
    }
  })

  it('separates the parts it hashes', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'))
    expect(digest('a')).toBe(digest('a'))
  })
})

describe('the cache on disk', () => {
  const tempDir = tempDirsFor('page-cache')

  it('finds stored pages again, prunes the ones no longer built and other apps', () => {
    const root = tempDir()
    const first = new PageCache(root, 'app-1')
    first.store('page-a', '<p>a</p>')
    first.store('page-b', '<p>b</p>')
    const again = new PageCache(root, 'app-1')
    expect([...again.keys].sort()).toEqual(['page-a', 'page-b'])
    const out = path.join(tempDir(), 'a.html')
    writeFileSync(out, '<p>an older build</p>')
    placeFile(again.fileOf('page-a'), out)
    expect(readFileSync(out, 'utf8')).toBe('<p>a</p>')
    // Storing anew leaves a page already placed as it was.
    again.store('page-a', '<p>a, again</p>')
    expect(readFileSync(out, 'utf8')).toBe('<p>a</p>')
    placeFile(again.fileOf('page-a'), out)
    expect(readFileSync(out, 'utf8')).toBe('<p>a, again</p>')
    expect(again.keepOnly(new Set(['page-a']))).toBe(1)
    expect([...new PageCache(root, 'app-1').keys]).toEqual(['page-a'])
    new PageCache(root, 'app-2')
    expect(existsSync(first.dir)).toBe(false)
  })

  it('leaves whatever else is in its root alone', () => {
    const root = tempDir()
    writeFileSync(path.join(root, 'notes.txt'), 'mine')
    mkdirSync(path.join(root, 'other-tool'))
    new PageCache(root, 'app-1').store('page-a', '<p>a</p>')
    new PageCache(root, 'app-2')
    expect(readFileSync(path.join(root, 'notes.txt'), 'utf8')).toBe('mine')
    expect(existsSync(path.join(root, 'other-tool'))).toBe(true)
  })

  it('hashes a folder by its files, names and contents', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'assets'))
    writeFileSync(path.join(dir, 'entry.js'), 'a')
    writeFileSync(path.join(dir, 'assets', 'chunk.js'), 'b')
    const before = folderDigest(dir)
    expect(folderDigest(dir)).toBe(before)
    writeFileSync(path.join(dir, 'assets', 'chunk.js'), 'c')
    expect(folderDigest(dir)).not.toBe(before)
  })
})
