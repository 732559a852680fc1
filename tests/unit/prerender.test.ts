import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appStateElementId } from '../../src/app-state'
import { fontsFor, pngSize, renderCard, siteCard } from '../../scripts/og-images'
import {
  chunkClosure,
  completeHeadersFile,
  composePage,
  cspHash,
  inlineLoader,
  inlineStylesheets,
  loaderMeta,
  type Manifest,
  metaPolicy,
  outputFile,
  routesOf,
  siteUrlFrom,
  splitHoisted,
  takeTitle,
} from '../../scripts/prerender'
import { parseHeadersFile } from '../../scripts/static-server'
import { assertValidDataset } from '../../scripts/validate-data'

const shell = `<!doctype html><html><head><meta charset="UTF-8" /><title>Ballerina Explorer</title>
<script type="module" crossorigin src="/explorer/assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="/explorer/assets/index-def.css">
</head><body><div id="root"></div></body></html>`

describe('routesOf', () => {
  it('lists every work, person and source page once', () => {
    const dataset = assertValidDataset('data')
    const routes = routesOf(dataset)
    expect(new Set(routes).size).toBe(routes.length)
    expect(routes).toContain('/people/jeon-jong-seo')
    expect(routes).toContain('/films/ballerina-2023/timeline')
    expect(routes.length).toBe(
      3 + dataset.works.length * 3 + dataset.people.length + dataset.sources.length,
    )
    expect(outputFile('/out', '/people/gray')).toBe('/out/people/gray/index.html')
  })
})

describe('composePage', () => {
  const rendered = {
    html: '<title>Gray &amp; co · Ballerina Explorer</title><link rel="preload" href="/x"><main>Hi</main>',
    state: { note: '</script><script>alert(1)</script>' },
  }

  it('moves hoisted tags into <head> and hands the page title to the meta tags', () => {
    expect(splitHoisted(rendered.html).body).toBe('<main>Hi</main>')
    expect(takeTitle(splitHoisted(rendered.html).head)).toEqual({
      title: 'Gray & co · Ballerina Explorer',
      rest: '<link rel="preload" href="/x">',
    })
    let seenTitle: string | undefined
    const page = composePage(shell, rendered, (title) => {
      seenTitle = title
      return '<meta name="description" content="d">'
    })
    expect(seenTitle).toBe('Gray & co · Ballerina Explorer')
    const head = page.slice(0, page.indexOf('</head>'))
    expect(head).not.toContain('<title>Ballerina Explorer</title>')
    expect(head).toContain('<meta name="description" content="d"><link rel="preload" href="/x">')
    expect(page).toContain('<div id="root"><main>Hi</main></div>')
  })

  it('carries the state as a JSON block nothing in the data can close', () => {
    const page = composePage(shell, rendered, () => '')
    const block = page.match(
      new RegExp(`<script type="application/json" id="${appStateElementId}">(.*?)</script>`),
    )
    expect(page.match(/<script/g)).toHaveLength(2)
    expect(JSON.parse(block?.[1] ?? '')).toEqual(rendered.state)
  })
})

describe('inlineStylesheets', () => {
  const css = '.a{background:url(./bg.png)}.b{background:url(data:image/png;base64,AA)}'

  it('replaces the stylesheet link with its CSS, rebases relative URLs and hashes it', () => {
    const requested: string[] = []
    const result = inlineStylesheets(shell, '/explorer/', (file) => {
      requested.push(file)
      return css
    })
    expect(requested).toEqual(['assets/index-def.css'])
    expect(result.shell).not.toContain('rel="stylesheet"')
    const inlined = result.shell.match(/<style>(.*?)<\/style>/)?.[1] ?? ''
    expect(inlined).toBe(
      '.a{background:url(/explorer/assets/bg.png)}.b{background:url(data:image/png;base64,AA)}',
    )
    const expected = createHash('sha256').update(inlined).digest('base64')
    expect(result.styleHashes).toEqual([`'sha256-${expected}'`])
    expect(cspHash(inlined)).toBe(`'sha256-${expected}'`)
  })

  it('refuses CSS that would close its <style> element', () => {
    expect(() => inlineStylesheets(shell, '/explorer/', () => 'a{}</style><script>')).toThrow(
      /cannot inline/,
    )
  })
})

describe('the inline loader', () => {
  const viteShell = `<html><head><title>t</title>
    <script type="module" crossorigin src="/explorer/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/explorer/assets/stack-1.js">
    <link rel="modulepreload" crossorigin href="/explorer/assets/app-2.js">
  </head><body><div id="root"></div></body></html>`
  const loaderCode = 'let e=document.querySelector("meta");e&&import(e.content);\n'

  it('replaces the scripts Vite wrote with the loader, inline and allowed by its hash', async () => {
    const { shell: page, scriptHashes } = await inlineLoader(viteShell, loaderCode)
    expect(page).not.toMatch(/modulepreload|src=/)
    const inline = page.match(/<script type="module">(.*?)<\/script>/)?.[1]
    expect(inline).toBe(loaderCode.trim())
    const expected = createHash('sha256').update(loaderCode.trim()).digest('base64')
    expect(scriptHashes).toEqual([`'sha256-${expected}'`])
  })

  it('refuses a loader that imports a module or could close its script element', async () => {
    await expect(inlineLoader(viteShell, 'import{a}from"./x.js";a()')).rejects.toThrow(
      /self-contained/,
    )
    await expect(inlineLoader(viteShell, 'document.write("</script>")')).rejects.toThrow(
      /cannot inline/,
    )
    // Words that merely start with "import" are not imports.
    await expect(inlineLoader(viteShell, 'console.log("important",1)')).resolves.toBeDefined()
  })

  const manifest: Manifest = {
    'index.html': { file: 'assets/index-abc.js', imports: ['_stack', '_app'] },
    _stack: { file: 'assets/stack-1.js' },
    _app: { file: 'assets/app-2.js', imports: ['_stack'] },
    'src/routes/person.tsx': { file: 'assets/person-3.js', imports: ['_app', '_card'] },
    _card: { file: 'assets/card-4.js' },
  }

  it('lists every module a page runs once, each after its imports, the entry last', () => {
    const meta = loaderMeta(
      ['root', 'person'],
      { person: 'src/routes/person.tsx' },
      manifest,
      '/x/',
    )
    expect(meta).toBe(
      '<meta name="app-modules" content="/x/assets/stack-1.js /x/assets/app-2.js ' +
        '/x/assets/card-4.js /x/assets/person-3.js /x/assets/index-abc.js">',
    )
    expect(chunkClosure(['_app'], manifest)).toEqual(['assets/stack-1.js', 'assets/app-2.js'])
  })
})

describe('security headers', () => {
  const template = readFileSync('public/_headers', 'utf8')
  const { text, contentSecurityPolicy } = completeHeadersFile(template, {
    styles: ["'sha256-abc='"],
    scripts: ["'sha256-xyz='"],
  })

  it('fills the inline style and loader hashes into a strict policy', () => {
    expect(contentSecurityPolicy).toContain("style-src 'self' 'sha256-abc='")
    expect(contentSecurityPolicy).toContain("script-src 'self' 'sha256-xyz=';")
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)|strict-dynamic/)
    expect(text).not.toMatch(/STYLE_HASHES|SCRIPT_HASHES/)
  })

  it('gives hosts without headers the same policy as a <meta>, minus frame-ancestors', () => {
    const meta = metaPolicy(contentSecurityPolicy)
    expect(meta).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src/)
    expect(meta).not.toContain('frame-ancestors')
    expect(meta).toContain('&#39;sha256-abc=&#39;')
  })

  it('sets Cache-Control once per path, so hosts that join values never mix two', () => {
    const rules = parseHeadersFile(text)
    const cacheControl = (path: string) =>
      rules
        .filter((rule) => rule.pattern.test(path))
        .flatMap((rule) => rule.headers.filter(([name]) => name === 'Cache-Control'))
        .map(([, value]) => value)
    expect(cacheControl('/assets/index-abc.js')).toEqual(['public, max-age=31536000, immutable'])
    expect(cacheControl('/api/works/ballerina-2023.json')).toEqual([
      'public, max-age=0, must-revalidate',
    ])
    expect(cacheControl('/people/gray')).toEqual([])
  })
})

describe('siteUrlFrom', () => {
  it('keeps the origin only and rejects what is not http(s)', () => {
    expect(siteUrlFrom(undefined)).toBeUndefined()
    expect(siteUrlFrom(' ')).toBeUndefined()
    expect(siteUrlFrom('https://example.org/explorer/')).toBe('https://example.org')
    expect(() => siteUrlFrom('ftp://example.org')).toThrow(/http/)
  })
})

describe('Open Graph images', () => {
  it('renders a 1200×630 PNG with the Hangul fonts it needs', async () => {
    const fonts = fontsFor([siteCard.title, siteCard.hangul ?? '', ...siteCard.lines])
    expect(fonts.fontFamily).toMatch(/^kr-noto-sans-kr-latin/)
    // Hangul subsets are registered too, each under its own family name.
    expect(fonts.fontFamily.split(', ').length).toBeGreaterThan(2)
    const png = await renderCard(siteCard, fonts)
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
  })
})
