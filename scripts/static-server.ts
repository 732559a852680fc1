import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { basePathFrom } from '../build/host.ts'

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
  /**
   * Prefer brotli when the client accepts it, as Netlify and Cloudflare do. Off by default so the
   * browser tests and `npm run lighthouse` keep measuring the gzip their recorded figures assume.
   */
  brotli?: boolean
  /**
   * `redirect`: answer `/a/b` with a 301 to `/a/b/` when `a/b/index.html` exists, as GitHub Pages
   * does (Cloudflare Pages with a 308); `serve`, the default, serves the file at both URLs.
   */
  trailingSlash?: 'serve' | 'redirect'
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

type Encoding = 'br' | 'gzip'

/** True if an Accept-Encoding header lists `coding` without `q=0`. */
export function accepts(header: string | undefined, coding: Encoding): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    const q = params.find((param) => param.startsWith('q='))
    return name === coding && (q === undefined || Number(q.slice(2)) > 0)
  })
}

/**
 * Each file is compressed once per encoding and then served from memory, as a CDN does, so that
 * compression stays off the CPU while a browser under test commits the page; keyed by size and
 * mtime, so a rebuilt file is seen at once.
 */
type Cached = { key: string; raw: Buffer; encoded: Map<Encoding, Buffer> }
const cache = new Map<string, Cached>()

function readCached(file: string, encoding: Encoding | null): Buffer {
  const stat = statSync(file)
  const key = `${stat.size}:${stat.mtimeMs}`
  let entry = cache.get(file)
  if (entry?.key !== key) {
    entry = { key, raw: readFileSync(file), encoded: new Map() }
    cache.set(file, entry)
  }
  if (!encoding) return entry.raw
  let body = entry.encoded.get(encoding)
  if (!body) {
    // Highest quality for both, like files compressed ahead of time at deploy.
    body =
      encoding === 'br'
        ? brotliCompressSync(entry.raw, {
            params: { [constants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length },
          })
        : gzipSync(entry.raw, { level: 9 })
    entry.encoded.set(encoding, body)
  }
  return body
}

/** True if every segment of `relative` is spelled as on disk, so `/CAST` is a 404 on macOS too. */
function exactCase(root: string, relative: string): boolean {
  let dir = root
  for (const segment of relative.split(path.sep).filter(Boolean)) {
    if (!readdirSync(dir).includes(segment)) return false
    dir = path.join(dir, segment)
  }
  return true
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile()

type Resolved = { file: string } | { redirect: true } | null

/** `wantsSlash`: the URL lacks the trailing slash that a folder's index.html should be served at. */
function resolveFile(root: string, relative: string, wantsSlash: boolean): Resolved {
  const target = path.join(root, relative)
  // With a separator, so a sibling folder such as `dist-sub` beside `dist` stays out of reach.
  if (target !== root && !target.startsWith(root + path.sep)) return null
  // Netlify and Cloudflare read `_headers` and never serve it.
  if (path.basename(target) === '_headers') return null
  const index = path.join(target, 'index.html')
  if (wantsSlash && !isFile(target) && isFile(index)) {
    return exactCase(root, path.relative(root, index)) ? { redirect: true } : null
  }
  const file = [target, index, `${target}.html`].find(isFile)
  return file && exactCase(root, path.relative(root, file)) ? { file } : null
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
    const url = new URL(request.url ?? '/', 'http://localhost')
    let pathname: string | null
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      // Bytes that are not UTF-8 name no file: a 404, never the home page.
      pathname = null
    }
    // An encoded slash or a dot segment names no file either: resolving one would serve another
    // page's file for an address the app reads differently.
    if (/%2f/i.test(url.pathname) || /(^|\/)\.\.?(\/|$)/.test(pathname ?? '')) pathname = null
    const relative =
      pathname !== null && (pathname.startsWith(base) || `${pathname}/` === base)
        ? pathname.slice(base.length)
        : null
    const wantsSlash = options.trailingSlash === 'redirect' && !url.pathname.endsWith('/')
    const resolved = relative === null ? null : resolveFile(root, relative, wantsSlash)
    let file = resolved && 'file' in resolved ? resolved.file : null
    let status = resolved && 'redirect' in resolved ? 301 : 200
    if (!resolved) {
      file = isFile(path.join(root, '404.html')) ? path.join(root, '404.html') : null
      status = 404
    }
    // Two matching rules that set one header join their values, as on Netlify and Cloudflare.
    const fromRules = new Map<string, string[]>()
    const rulePath = `/${(pathname ?? '').slice(base.length)}`
    for (const rule of rules) {
      if (!rule.pattern.test(rulePath)) continue
      for (const [name, value] of rule.headers) {
        // A long cache lifetime is for the file a rule names, never for a 404 or a redirect.
        if (status !== 200 && name.toLowerCase() === 'cache-control') continue
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
    if (status === 301) {
      // Only the path and query, so `//host/...` can never become a redirect to another site.
      response.writeHead(301, { Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` })
      response.end()
      return
    }
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end('Not found')
      return
    }
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
    const acceptEncoding = request.headers['accept-encoding']
    const encoding = !compressible.test(type)
      ? null
      : options.brotli && accepts(acceptEncoding, 'br')
        ? 'br'
        : accepts(acceptEncoding, 'gzip')
          ? 'gzip'
          : null
    const body = readCached(file, encoding)
    response.setHeader('Content-Type', type)
    response.setHeader('Vary', 'Accept-Encoding')
    if (encoding) response.setHeader('Content-Encoding', encoding)
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
  const base = basePathFrom(process.env.BASE_PATH)
  const trailingSlash = process.env.TRAILING_SLASH ?? 'serve'
  if (trailingSlash !== 'serve' && trailingSlash !== 'redirect') {
    throw new Error(`TRAILING_SLASH must be "serve" or "redirect", not "${trailingSlash}"`)
  }
  await startStaticServer({
    root: 'dist',
    base,
    port,
    useHeadersFile: true,
    brotli: true,
    trailingSlash,
  })
  console.log(`Serving dist/ at http://localhost:${port}${base} (Ctrl+C to stop)`)
}
