import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer'
import { appStateElementId, serializeForScript } from '../src/app-state.ts'
import { modulesMetaName } from '../src/boot.ts'
import { payloadFetch } from '../src/data/payload-fetch.ts'
import type { Dataset } from '../src/data/schema.ts'
import { indexDataset } from '../src/data/selectors.ts'
import type * as RendererModule from '../src/entry-server.tsx'
import { writeOgImages } from './og-images.ts'
import { escapeAttribute, headTags, pageMetaFor, publicUrl, type HostOptions } from './page-meta.ts'
import { assertValidDataset } from './validate-data.ts'

/*
 * Writes a static HTML file for every route of every work, person and source, so each URL opens
 * directly from a link on any static host, readable before (and without) JavaScript, with the
 * tags link previews read and its CSS inlined. Runs after `vite build` (client, into OUT_DIR,
 * default dist/) and `vite build --ssr` (the renderer, into OUT_DIR-ssr/).
 */

type Renderer = typeof RendererModule

export function routesOf(dataset: Dataset): string[] {
  return [
    '/',
    ...dataset.works.flatMap((work) => [
      `/films/${work.slug}`,
      `/films/${work.slug}/cast`,
      `/films/${work.slug}/timeline`,
    ]),
    ...dataset.people.map((person) => `/people/${person.slug}`),
    '/sources',
    ...dataset.sources.map((source) => `/sources/${source.id}`),
    '/search',
  ]
}

type ManifestChunk = { file: string; imports?: string[] }
export type Manifest = Record<string, ManifestChunk>

/** The manifest keys of the app's entry (the page) and of the loader src/boot.ts. */
const appEntryKey = 'index.html'
const loaderKey = 'src/boot.ts'

/**
 * The files of these chunks and of everything they import statically, each once, in an order
 * that runs each after what it imports.
 */
export function chunkClosure(keys: string[], manifest: Manifest): string[] {
  const visited = new Set<string>()
  const files: string[] = []
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || visited.has(key)) return
    visited.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
    files.push(chunk.file)
  }
  for (const key of keys) visit(key)
  return files
}

/**
 * What src/boot.ts reads: every module the page runs (the stack, the app, the lazily loaded
 * code of the routes it matched) in the order to run them, the app's entry last.
 */
export function loaderMeta(
  routeIds: string[],
  routeFiles: Record<string, string>,
  manifest: Manifest,
  base: string,
): string {
  if (!manifest[appEntryKey]) throw new Error(`The Vite manifest has no ${appEntryKey} entry`)
  const routeKeys = routeIds.flatMap((id) => routeFiles[id] ?? [])
  const urls = chunkClosure([...routeKeys, appEntryKey], manifest).map((file) => `${base}${file}`)
  return `<meta name="${modulesMetaName}" content="${escapeAttribute(urls.join(' '))}">`
}

/**
 * Swaps the scripts and module preloads Vite wrote into the shell for the loader, inline: the
 * page then requests no code at all before its first paint. Returns the shell and the hash the
 * CSP must allow.
 */
export async function inlineLoader(
  shell: string,
  loaderCode: string,
): Promise<{ shell: string; scriptHashes: string[] }> {
  const code = loaderCode.replace(/\n\/\/# sourceMappingURL=.*$/, '').trim()
  if (/<\/script/i.test(code)) throw new Error('The loader contains "</script": cannot inline it')
  // Its dynamic import() of the app is the point; a static import would be a request before
  // the first paint, and a relative one would not even resolve from an inline script.
  await initModuleLexer
  const [imports] = parseModule(code)
  if (imports.some((entry) => entry.type !== 'dynamic')) {
    throw new Error('The loader imports a module: it must be self-contained to be inlined')
  }
  const stripped = shell
    .replace(/\s*<script type="module"[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  return {
    shell: stripped.replace('</body>', `<script type="module">${code}</script>\n  </body>`),
    scriptHashes: [cspHash(code)],
  }
}

/** React 19 writes <title>, <meta> and <link> from components first: they belong in <head>. */
export function splitHoisted(html: string): { head: string; body: string } {
  const match = html.match(/^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/)
  const head = match?.[0] ?? ''
  return { head, body: html.slice(head.length) }
}

/** Text content of React's escaped markup (it escapes only these). */
export function decodeHtmlText(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The page's own `<title>` text, and the hoisted tags without it (the meta tags write it). */
export function takeTitle(head: string): { title: string | undefined; rest: string } {
  const match = head.match(/<title>([^<]*)<\/title>/)
  return {
    title: match ? decodeHtmlText(match[1] ?? '') : undefined,
    rest: match ? head.replace(match[0], '') : head,
  }
}

export function composePage(
  shell: string,
  rendered: { html: string; state: unknown },
  headTagsFor: (renderedTitle: string | undefined) => string,
): string {
  const { head, body } = splitHoisted(rendered.html)
  const { title, rest } = takeTitle(head)
  const state = `<script type="application/json" id="${appStateElementId}">${serializeForScript(rendered.state)}</script>`
  return shell
    .replace(/<title>[^<]*<\/title>/, '')
    .replace('</head>', `${headTagsFor(title)}${rest}</head>`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>${state}`)
}

export function outputFile(distDir: string, route: string): string {
  return path.join(distDir, route, 'index.html')
}

/** `sha256-…` as a CSP source for an inline `<style>` or `<script>` with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Replaces each stylesheet link of the shell with the stylesheet itself, so the first paint
 * waits for no second request. Relative `url()`s are rebased, as the CSS no longer sits in
 * assets/. Returns the shell and the hashes the CSP must allow.
 */
export function inlineStylesheets(
  shell: string,
  base: string,
  readAsset: (relativePath: string) => string,
): { shell: string; styleHashes: string[] } {
  const styleHashes: string[] = []
  const linkPattern = /<link rel="stylesheet"[^>]*?href="([^"]+\.css)"[^>]*>/g
  const inlined = shell.replace(linkPattern, (_link, href: string) => {
    const relative = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '')
    const css = readAsset(relative)
      .replace(
        /url\((['"]?)(?!data:|[a-z]+:|\/|#)(?:\.\/)?/gi,
        `url($1${base}${path.posix.dirname(relative)}/`,
      )
      .trim()
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": cannot inline it`)
    styleHashes.push(cspHash(css))
    return `<style>${css}</style>`
  })
  return { shell: inlined, styleHashes }
}

/** Fills the CSP of the `_headers` file with the inline styles' and scripts' hashes. */
export function completeHeadersFile(
  text: string,
  hashes: { styles: string[]; scripts: string[] },
): { text: string; contentSecurityPolicy: string } {
  const completed = text
    .replaceAll('STYLE_HASHES', hashes.styles.join(' '))
    .replaceAll('SCRIPT_HASHES', hashes.scripts.join(' '))
  const policy = completed.match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1]?.trim()
  if (!policy) throw new Error('_headers has no Content-Security-Policy')
  return { text: completed, contentSecurityPolicy: policy }
}

/**
 * The CSP as a `<meta>` for hosts that cannot send headers (GitHub Pages). Browsers ignore
 * frame-ancestors (and report-uri, sandbox) in a meta policy, so they are left out of it.
 */
export function metaPolicy(policy: string): string {
  const kept = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^(frame-ancestors|report-uri|sandbox)\b/.test(directive))
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(kept.join('; '))}">`
}

/** SITE_URL as an origin (a path in it is ignored: BASE_PATH says where the site lives). */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined
  const url = new URL(value.trim())
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, not ${value}`)
  }
  return url.origin
}

function sitemap(routes: string[], host: HostOptions): string {
  const urls = routes.map(
    (route) => `<url><loc>${escapeAttribute(publicUrl(route, host))}</loc></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

async function main() {
  const started = performance.now()
  const outDir = path.resolve(process.env.OUT_DIR || 'dist')
  const ssrDir = `${outDir}-ssr`
  const dataset = assertValidDataset('data')
  const index = indexDataset(dataset)
  const renderer = (await import(
    pathToFileURL(path.join(ssrDir, 'entry-server.js')).href
  )) as Renderer
  const host: HostOptions = { base: renderer.basePath, siteUrl: siteUrlFrom(process.env.SITE_URL) }
  if (!host.siteUrl) {
    console.warn(
      'SITE_URL is not set: pages get no canonical link and relative Open Graph URLs, which ' +
        'link previews ignore. Set SITE_URL=https://your.host for a deployable build.',
    )
  }

  // The renderer's loaders fetch payloads; answer them from memory, exactly as the build wrote them.
  const payloads = renderer.payloadFiles(dataset)
  const prefix = renderer.payloadUrl('')
  globalThis.fetch = payloadFetch(payloads, prefix)

  const manifestFile = path.join(outDir, '.vite', 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest
  // The manifest is a build artefact, not part of the site; the loader's own file is inlined.
  rmSync(path.dirname(manifestFile), { recursive: true, force: true })
  const loader = manifest[loaderKey]
  if (!loader) throw new Error(`The Vite manifest has no ${loaderKey} entry`)
  const loaderFile = path.join(outDir, loader.file)
  const loaderCode = readFileSync(loaderFile, 'utf8')
  rmSync(loaderFile)

  const { shell: styledShell, styleHashes } = inlineStylesheets(
    readFileSync(path.join(outDir, 'index.html'), 'utf8'),
    host.base,
    (relative) => readFileSync(path.join(outDir, relative), 'utf8'),
  )
  const { shell: loadingShell, scriptHashes } = await inlineLoader(styledShell, loaderCode)
  const headersFile = path.join(outDir, '_headers')
  const headers = completeHeadersFile(readFileSync(headersFile, 'utf8'), {
    styles: styleHashes,
    scripts: scriptHashes,
  })
  writeFileSync(headersFile, headers.text)
  // The meta policy goes first in <head>, so it covers everything after it.
  const shell = loadingShell.replace(
    /<meta charset="UTF-8" \/>/i,
    (charset) => `${charset}\n    ${metaPolicy(headers.contentSecurityPolicy)}`,
  )

  // Hosts serve 404.html for unknown paths: an empty shell that renders the not-found view on the
  // client, so it cannot mismatch whatever path it is served for. Its asset URLs start at the
  // host's root (Vite's absolute base), so it works at any depth.
  const notFound =
    headTags(pageMetaFor(index, '/404'), host) +
    loaderMeta([], renderer.lazyRouteFiles, manifest, host.base)
  const home = escapeAttribute(host.base)
  writeFileSync(
    path.join(outDir, '404.html'),
    shell
      .replace(/<title>[^<]*<\/title>/, '')
      .replace('</head>', `${notFound}</head>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root"></div><noscript><p>Page not found. <a href="${home}">Go to Ballerina Explorer</a></p></noscript>`,
      ),
  )

  const routes = routesOf(dataset)
  for (const route of routes) {
    // The router matches full paths under its basename: /explorer/people/x, not /people/x.
    const rendered = await renderer.renderPage(`${host.base}${route.replace(/^\//, '')}`)
    if (rendered.status !== 200) throw new Error(`${route} rendered with status ${rendered.status}`)
    const file = outputFile(outDir, route)
    mkdirSync(path.dirname(file), { recursive: true })
    const preloads = loaderMeta(rendered.routeIds, renderer.lazyRouteFiles, manifest, host.base)
    const page = composePage(
      shell,
      rendered,
      (title) => headTags(pageMetaFor(index, route, title), host) + preloads,
    )
    writeFileSync(file, page)
  }
  const pagesDone = performance.now()

  const images = await writeOgImages(index, outDir)
  const imagesDone = performance.now()

  if (host.siteUrl) {
    writeFileSync(path.join(outDir, 'sitemap.xml'), sitemap(routes, host))
    const robots = path.join(outDir, 'robots.txt')
    if (existsSync(robots)) {
      const sitemapUrl = publicUrl('sitemap.xml', host)
      writeFileSync(robots, `${readFileSync(robots, 'utf8').trimEnd()}\nSitemap: ${sitemapUrl}\n`)
    }
  }
  rmSync(ssrDir, { recursive: true, force: true })
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1)
  console.log(
    `Prerendered ${routes.length} pages in ${seconds(started, pagesDone)} s and ` +
      `${images.total} Open Graph images (${images.drawn} redrawn, the rest cached) in ` +
      `${seconds(pagesDone, imagesDone)} s into ${path.relative('.', outDir)}/`,
  )
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) await main()
