import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appStateElementId } from '../../src/app-state'
import { fontsFor, renderCard } from '../../build/og-card-drawing'
import { pngSize, siteCard } from '../../build/og-images'
import {
  chunkClosure,
  completeHeadersFile,
  cspHash,
  inlineLoader,
  inlineStylesheet,
  metaPolicy,
  modulesMeta,
  type Manifest,
} from '../../build/prerender/assets'
import { pageDocument } from '../../build/prerender/page-template'
import { declaredPayloads, outputFile } from '../../build/prerender/prerender'
import { payloadFiles } from '../../build/dataset/payload-groups'
import { pageModuleKeys } from '../../build/prerender/render-page'
import { assertRenderedTitle, splitHoisted, stateScript } from '../../build/prerender/rendered-page'
import { pagesOf } from '../../build/pages/page-kinds'
import { indexDataset } from '../../build/dataset/selectors'
import { parseHeadersFile } from '../../scripts/static-server'
import { assertValidDataset } from '../../build/dataset/load'

describe('pagesOf', () => {
  it('lists every work, person and source page once', () => {
    const dataset = assertValidDataset('data')
    const routes = pagesOf(indexDataset(dataset)).map((page) => page.path)
    expect(new Set(routes).size).toBe(routes.length)
    expect(routes).toContain('/people/jeon-jong-seo')
    expect(routes).toContain('/films/ballerina-2023/timeline')
    expect(routes.length).toBe(
      3 + dataset.works.length * 3 + dataset.people.length + dataset.sources.length,
    )
    expect(outputFile('/people/gray')).toBe('people/gray/index.html')
    expect(outputFile('/')).toBe('index.html')
  })

  it('keys each page by payloads the build writes, a source’s page by its own alone', () => {
    const dataset = assertValidDataset('data')
    const files = payloadFiles(dataset)
    const pages = pagesOf(indexDataset(dataset))
    for (const page of pages) {
      for (const file of declaredPayloads(page)) expect(files.has(file), page.path).toBe(true)
    }
    const declared = (path: string) => declaredPayloads(pages.find((page) => page.path === path)!)
    expect(declared('/sources')).toEqual(['sources.json'])
    expect(declared('/sources/editorial')).toEqual(['sources/editorial.json'])
  })
})

describe('composing a page', () => {
  const rendered = {
    html: '<title>Gray &amp; co · Ballerina Explorer</title><link rel="preload" href="/x"><main>Hi</main>',
    state: { note: '</script><script>alert(1)</script>' },
  }
  const slots = {
    policy: '<meta http-equiv="Content-Security-Policy" content="x">',
    styles: '<style>a{}</style>',
    head: '<meta name="description" content="d">',
    modules: '',
    root: '',
    afterRoot: '',
    loader: '<script type="module">go()</script>',
  }

  it('moves hoisted tags into <head> and checks the title the page rendered against its meta', () => {
    const { head, body } = splitHoisted(rendered.html)
    expect(body).toBe('<main>Hi</main>')
    expect(head).toBe(
      '<title>Gray &amp; co · Ballerina Explorer</title><link rel="preload" href="/x">',
    )
    expect(() => assertRenderedTitle(head, 'Gray & co · Ballerina Explorer', '/x')).not.toThrow()
    expect(() => assertRenderedTitle(head, 'Gray · Ballerina Explorer', '/x')).toThrow(
      /rendered the title/,
    )
    expect(() => assertRenderedTitle('', 'Gray', '/x')).toThrow(/no <title>/)
    const page = pageDocument('/', { ...slots, head: slots.head + head, root: body })
    const inHead = page.slice(0, page.indexOf('</head>'))
    expect(inHead).toContain('<meta name="description" content="d"><title>Gray &amp; co')
    expect(inHead.indexOf('Content-Security-Policy')).toBeLessThan(inHead.indexOf('<style>'))
    expect(page).toContain('<div id="root"><main>Hi</main></div>')
  })

  it('carries the state as a JSON block nothing in the data can close', () => {
    const page = pageDocument('/', { ...slots, afterRoot: stateScript(rendered.state) })
    const block = page.match(
      new RegExp(`<script type="application/json" id="${appStateElementId}">(.*?)</script>`),
    )
    expect(page.match(/<script/g)).toHaveLength(2)
    expect(JSON.parse(block?.[1] ?? '')).toEqual(rendered.state)
  })
})

describe('inlineStylesheet', () => {
  const css = '.a{background:url(./bg.png)}.b{background:url(data:image/png;base64,AA)}'

  it('inlines the CSS, rebases relative URLs and hashes it', () => {
    const result = inlineStylesheet('assets/index-def.css', css, '/explorer/')
    const inlined = result.tag.match(/<style>(.*?)<\/style>/)?.[1] ?? ''
    expect(inlined).toBe(
      '.a{background:url(/explorer/assets/bg.png)}.b{background:url(data:image/png;base64,AA)}',
    )
    const expected = createHash('sha256').update(inlined).digest('base64')
    expect(result.hash).toBe(`'sha256-${expected}'`)
    expect(cspHash(inlined)).toBe(`'sha256-${expected}'`)
  })

  it('refuses CSS that would close its <style> element', () => {
    expect(() => inlineStylesheet('assets/x.css', 'a{}</style><script>', '/')).toThrow(
      /cannot inline/,
    )
  })
})

describe('the inline loader', () => {
  const loaderCode = 'let e=document.querySelector("meta");e&&import(e.content);\n'

  it('inlines the loader, allowed by its hash', async () => {
    const { tag, hash } = await inlineLoader(loaderCode)
    const inline = tag.match(/<script type="module">(.*?)<\/script>/)?.[1]
    expect(inline).toBe(loaderCode.trim())
    const expected = createHash('sha256').update(loaderCode.trim()).digest('base64')
    expect(hash).toBe(`'sha256-${expected}'`)
  })

  it('refuses a loader that imports a module or could close its script element', async () => {
    await expect(inlineLoader('import{a}from"./x.js";a()')).rejects.toThrow(/self-contained/)
    await expect(inlineLoader('document.write("</script>")')).rejects.toThrow(/cannot inline/)
    // Words that merely start with "import" are not imports.
    await expect(inlineLoader('console.log("important",1)')).resolves.toBeDefined()
  })

  const manifest: Manifest = {
    'index.html': { file: 'assets/index-abc.js', imports: ['_stack', '_app'] },
    _stack: { file: 'assets/stack-1.js' },
    _app: { file: 'assets/app-2.js', imports: ['_stack'] },
    'src/routes/pages/person.tsx': { file: 'assets/person-3.js', imports: ['_app', '_card'] },
    _card: { file: 'assets/card-4.js' },
  }

  it('lists every module a page runs once, each after its imports, the entry last', () => {
    const meta = modulesMeta(pageModuleKeys(['root', 'person']), manifest, '/x/')
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
