import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { budgetProblems } from '../../build/budgets/budget-report'
import { budgets, gzipSize, kindOf, measureSite } from '../../build/budgets/page-bytes'

/*
 * The budget check reads a built site the way a browser's first visit would: these tests build
 * a tiny one by hand, so they pin what counts (scripts, preloads, their static imports, CSS
 * linked or inlined) and what does not (dynamic imports).
 */

let dist: string

function write(file: string, content: string) {
  const full = path.join(dist, file)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, content)
}

const page = (base: string, extra = '') =>
  `<!doctype html><html><head>
  <script type="module" crossorigin src="${base}assets/entry.js"></script>
  <link rel="modulepreload" crossorigin href="${base}assets/shared.js">
  <link rel="stylesheet" crossorigin href="${base}assets/app.css">${extra}
  </head><body><div id="root"></div></body></html>`

describe('first-visit budgets', () => {
  beforeEach(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'budgets-'))
    write('assets/entry.js', 'import{a}from"./shared.js";a()')
    // Lazy code is imported dynamically by the app's code, when it is needed.
    write('assets/shared.js', 'import"./deep.js";export const a=()=>()=>import("./palette.js")')
    write('assets/deep.js', 'export const deep="x".repeat(300)')
    write('assets/palette.js', 'export const hangul="각힣".normalize("NFD")')
    write('assets/app.css', 'body{color:red}')
  })
  afterEach(() => rmSync(dist, { recursive: true, force: true }))

  it('counts scripts, preloads and their static imports, not dynamic imports', async () => {
    write('index.html', page('/'))
    write('people/someone/index.html', page('/', '<style>h1{margin:0}</style>'))
    const reports = await measureSite(dist)
    const person = reports.find((report) => report.page === '/people/someone')
    expect(person?.kind).toBe('person')
    expect(person?.chunks.sort()).toEqual(['assets/deep.js', 'assets/entry.js', 'assets/shared.js'])
    expect(person?.inlineCss).toBe(gzipSize('h1{margin:0}'))
    expect(person?.css).toBe(gzipSize('body{color:red}') + gzipSize('h1{margin:0}'))
    expect(budgetProblems(reports)).toEqual([])
  })

  it('counts the inline loader and the modules it starts after the first paint', async () => {
    const loader = 'addEventListener("load",()=>import(document.body.dataset.entry))'
    write('assets/route.js', 'export const route=1')
    write(
      'index.html',
      `<!doctype html><html><head>
      <meta name="app-modules" content="/assets/route.js /assets/entry.js"></head>
      <body><script type="module">${loader}</script></body></html>`,
    )
    const [home] = await measureSite(dist)
    expect(home?.chunks.sort()).toEqual([
      'assets/deep.js',
      'assets/entry.js',
      'assets/route.js',
      'assets/shared.js',
    ])
    const files = ['entry', 'shared', 'deep', 'route'].map((name) =>
      gzipSize(readFileSync(path.join(dist, 'assets', `${name}.js`))),
    )
    expect(home?.js).toBe(files.reduce((sum, size) => sum + size, 0) + gzipSize(loader))
  })

  it('resolves assets of a site built for a sub-path', async () => {
    write('index.html', page('/explorer/'))
    const [home] = await measureSite(dist)
    expect(home?.chunks).toContain('assets/deep.js')
  })

  it('reports a lazy-only module on the first visit, once per page kind', async () => {
    write('index.html', page('/', '<link rel="modulepreload" href="/assets/palette.js">'))
    const problems = budgetProblems(await measureSite(dist))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^home \(film\): es-hangul in assets\/palette\.js/)
    expect(problems[1]).toMatch(/search or palette chunk in assets\/palette\.js/)
  })

  it('names the page, the size and the overshoot when a budget is exceeded', async () => {
    write('index.html', page('/'))
    const reports = await measureSite(dist)
    const heavy = reports.map((report) => ({ ...report, js: budgets.js + 2_500 }))
    expect(budgetProblems(heavy)).toEqual([
      'home (film): first-visit JS of / is 127.5 kB gzip, over the 125.0 kB budget by 2.5 kB',
    ])
  })

  it('groups pages by the URL shapes of the app', () => {
    expect(kindOf('/')).toBe('home (film)')
    expect(kindOf('/films/ballerina-2023')).toBe('film')
    expect(kindOf('/films/the-call-2020')).toBe('other work')
    expect(kindOf('/films/the-call-2020/cast')).toBe('cast')
    expect(kindOf('/sources/editorial')).toBe('source')
    expect(kindOf('/404.html')).toBe('404 shell')
  })
})
