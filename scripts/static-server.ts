import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/*
 * A static file server that behaves like a CDN: `/a/b` serves `a/b`, `a/b/index.html` or
 * `a/b.html`, and anything else gets `404.html` with status 404. It never rewrites every path to
 * index.html, so a deep link that works here works on GitHub Pages, Netlify or S3 too.
 */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/

export type StaticServerOptions = {
  root: string
  /** The sub-path the site is built for, e.g. `/explorer/`; requests outside it are 404s. */
  base?: string
  port?: number
  /** Extra headers for every response, e.g. a Content-Security-Policy under test. */
  headers?: Record<string, string>
  /** Apply the `_headers` file (Netlify / Cloudflare Pages format) in the root, if any. */
  useHeadersFile?: boolean
}

type HeaderRule = { pattern: RegExp; headers: [string, string][] }

/** Reads the `_headers` format: a path pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (/^\s/.test(line)) {
      const separator = line.indexOf(':')
      rules
        .at(-1)
        ?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()])
    } else {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] })
    }
  }
  return rules
}

/**
 * A CDN compresses a file once and serves the cached bytes, with their length, from then on.
 * Compressing on every request instead (as this server did) ran gzip on the machine's two cores
 * just while the browser under test was committing the page, which inflated that task and the
 * measured blocking time. Keyed by size and mtime, so a rebuilt file is seen at once.
 */
type Cached = { key: string; raw: Buffer; gzip: Buffer | null }
const cache = new Map<string, Cached>()

function readCached(file: string, compress: boolean): Cached {
  const stat = statSync(file)
  const key = `${stat.size}:${stat.mtimeMs}`
  const hit = cache.get(file)
  if (hit?.key === key) return hit
  const raw = readFileSync(file)
  const entry = { key, raw, gzip: compress ? gzipSync(raw, { level: 9 }) : null }
  cache.set(file, entry)
  return entry
}

function resolveFile(root: string, relative: string): string | null {
  const target = path.join(root, relative)
  if (!target.startsWith(root)) return null
  // Netlify and Cloudflare read `_headers` and never serve it.
  if (path.basename(target) === '_headers') return null
  const candidates = [target, path.join(target, 'index.html'), `${target}.html`]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null
}

export function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const root = path.resolve(options.root)
  const base = options.base ?? '/'
  const headersFile = path.join(root, '_headers')
  const rules =
    options.useHeadersFile && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
      : []

  const server = createServer((request, response) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      pathname = '/'
    }
    const inside = pathname.startsWith(base) || `${pathname}/` === base
    const relative = inside ? pathname.slice(base.length) : null
    let file = relative === null ? null : resolveFile(root, relative)
    let status = 200
    if (!file) {
      file = resolveFile(root, '404.html')
      status = 404
    }
    // Two matching rules that set one header join their values, as on Netlify and Cloudflare.
    const fromRules = new Map<string, string[]>()
    for (const rule of rules) {
      if (!rule.pattern.test(pathname.slice(base.length - 1))) continue
      for (const [name, value] of rule.headers) {
        fromRules.set(name, [...(fromRules.get(name) ?? []), value])
      }
    }
    for (const [name, values] of fromRules) response.setHeader(name, values.join(', '))
    // Like Netlify and Cloudflare Pages: what no rule caches is revalidated on every visit.
    if (!response.hasHeader('Cache-Control')) {
      response.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      response.setHeader(name, value)
    }
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end('Not found')
      return
    }
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
    const { raw, gzip } = readCached(file, compressible.test(type))
    const body = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') ? gzip : raw
    response.setHeader('Content-Type', type)
    response.setHeader('Vary', 'Accept-Encoding')
    if (body === gzip) response.setHeader('Content-Encoding', 'gzip')
    response.setHeader('Content-Length', body.length)
    response.writeHead(status)
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  return new Promise((resolve) =>
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(server)),
  )
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) {
  const port = Number(process.env.PORT ?? 4173)
  const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/'
  await startStaticServer({ root: 'dist', base, port, useHeadersFile: true })
  console.log(`Serving dist/ at http://localhost:${port}${base} (Ctrl+C to stop)`)
}
