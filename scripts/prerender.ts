import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { appStateElementId, serializeForScript } from '../src/app-state.ts'
import type { Dataset } from '../src/data/schema.ts'
import type * as RendererModule from '../src/entry-server.tsx'
import { assertValidDataset } from './validate-data.ts'

/*
 * Writes a static HTML file for every route of every work, person and source, so each URL opens
 * directly from a link on any static host, readable before (and without) JavaScript. Runs after
 * `vite build` (client, into dist/) and `vite build --ssr` (the renderer, into dist-ssr/).
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

/** React 19 writes <title>, <meta> and <link> from components first: they belong in <head>. */
function splitHoisted(html: string): { head: string; body: string } {
  const match = html.match(/^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/)
  const head = match?.[0] ?? ''
  return { head, body: html.slice(head.length) }
}

export function composePage(shell: string, rendered: { html: string; state: unknown }): string {
  const { head, body } = splitHoisted(rendered.html)
  const withHead = head.includes('<title>') ? shell.replace(/<title>[^<]*<\/title>/, '') : shell
  const state = `<script type="application/json" id="${appStateElementId}">${serializeForScript(rendered.state)}</script>`
  return withHead
    .replace('</head>', `${head}</head>`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>${state}`)
}

export function outputFile(distDir: string, route: string): string {
  return path.join(distDir, route, 'index.html')
}

async function main() {
  const distDir = path.resolve('dist')
  const dataset = assertValidDataset('data')
  const renderer = (await import(
    pathToFileURL(path.resolve('dist-ssr/entry-server.js')).href
  )) as Renderer

  // The renderer's loaders fetch payloads; answer them from memory, exactly as the build wrote them.
  const payloads = renderer.payloadFiles(dataset)
  const prefix = renderer.payloadUrl('')
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const payload = payloads.get(new URL(url, 'http://localhost').pathname.replace(prefix, ''))
    return payload == null
      ? new Response('{}', { status: 404 })
      : new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } })
  }

  const shell = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  // Hosts serve 404.html for unknown paths: an empty shell that renders the not-found view on the
  // client, so it cannot mismatch whatever path it is served for.
  writeFileSync(path.join(distDir, '404.html'), shell)

  const started = performance.now()
  const routes = routesOf(dataset)
  for (const route of routes) {
    const rendered = await renderer.renderPage(route)
    if (rendered.status !== 200) throw new Error(`${route} rendered with status ${rendered.status}`)
    const file = outputFile(distDir, route)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, composePage(shell, rendered))
  }
  rmSync(path.resolve('dist-ssr'), { recursive: true, force: true })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`Prerendered ${routes.length} pages in ${seconds} s`)
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) await main()
