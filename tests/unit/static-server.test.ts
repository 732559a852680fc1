import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accepts, startStaticServer } from '../../scripts/static-server'

type Reply = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A raw HTTP request: fetch would decompress the body and hide what went over the wire. */
function get(
  server: Server,
  pathname: string,
  headers: Record<string, string> = {},
  method = 'GET',
) {
  const { port } = server.address() as AddressInfo
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the static server', () => {
  let parent: string
  let root: string
  let server: Server
  const page = '<!doctype html><title>Person</title>' + '<p>Jeon Jong-seo</p>'.repeat(200)

  beforeAll(async () => {
    parent = mkdtempSync(path.join(tmpdir(), 'static-server-'))
    root = path.join(parent, 'site')
    // A sibling whose name starts with the root's, as dist-sub/ sits beside dist/.
    mkdirSync(path.join(parent, 'site-sub'))
    writeFileSync(path.join(parent, 'site-sub', 'secret.txt'), 'secret')
    writeFileSync(path.join(parent, 'secret.txt'), 'secret')
    mkdirSync(path.join(root, 'people', 'jeon-jong-seo'), { recursive: true })
    writeFileSync(path.join(root, 'people', 'jeon-jong-seo', 'index.html'), page)
    writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>')
    writeFileSync(path.join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    server = await startStaticServer({ root })
  })
  afterAll(() => {
    server.close()
    rmSync(parent, { recursive: true, force: true })
  })

  it('sends text gzipped, with its length, to a client that accepts gzip', async () => {
    const reply = await get(server, '/people/jeon-jong-seo', { 'Accept-Encoding': 'gzip, br' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
    expect(reply.body.length).toBeLessThan(page.length / 10)
    expect(gunzipSync(reply.body).toString()).toBe(page)
  })

  it('sends the plain bytes to a client that does not accept gzip, and never compresses images', async () => {
    const plain = await get(server, '/people/jeon-jong-seo/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(page)
    const image = await get(server, '/logo.png', { 'Accept-Encoding': 'gzip' })
    expect(image.headers['content-encoding']).toBeUndefined()
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('serves a rebuilt file’s new content, not the cached compression of the old one', async () => {
    await get(server, '/people/jeon-jong-seo', { 'Accept-Encoding': 'gzip' })
    const file = path.join(root, 'people', 'jeon-jong-seo', 'index.html')
    writeFileSync(file, '<!doctype html><title>Rebuilt</title>')
    // Same size would be possible after a rebuild; a later mtime alone must be enough.
    const later = new Date(Date.now() + 5_000)
    utimesSync(file, later, later)
    const reply = await get(server, '/people/jeon-jong-seo', { 'Accept-Encoding': 'gzip' })
    expect(gunzipSync(reply.body).toString()).toBe('<!doctype html><title>Rebuilt</title>')
  })

  it('answers an unknown path with 404.html and status 404, and HEAD with headers only', async () => {
    const missing = await get(server, '/people/nobody', { 'Accept-Encoding': 'gzip' })
    expect(missing.status).toBe(404)
    expect(gunzipSync(missing.body).toString()).toContain('Not found')
    const head = await get(server, '/people/jeon-jong-seo', { 'Accept-Encoding': 'gzip' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0)
    expect(head.body.length).toBe(0)
  })

  it('never serves a file outside its folder, however the dots and slashes are encoded', async () => {
    const attempts = [
      '/..%2fsite-sub/secret.txt',
      '/%2e%2e%2fsite-sub/secret.txt',
      '/%2e%2e/site-sub/secret.txt',
      '/%2E%2E%2Fsite-sub%2Fsecret.txt',
      '/people/..%2f..%2fsite-sub/secret.txt',
      '/..%2fsecret.txt',
      '/../site-sub/secret.txt',
    ]
    for (const attempt of attempts) {
      const reply = await get(server, attempt)
      expect(reply.status, attempt).toBe(404)
      expect(reply.body.toString(), attempt).not.toContain('secret')
    }
  })

  it('answers a path that is not valid UTF-8 with the 404 page, not the home page', async () => {
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Home</title>')
    for (const attempt of ['/%ED%A0%80', '/%E0%A4%A', '/%FF']) {
      const reply = await get(server, attempt)
      expect(reply.status, attempt).toBe(404)
      expect(reply.body.toString(), attempt).toContain('Not found')
    }
    expect((await get(server, '/')).body.toString()).toContain('Home')
  })

  it('answers a path spelled in another case with 404, as the hosts do', async () => {
    expect((await get(server, '/people/Jeon-Jong-Seo')).status).toBe(404)
    expect((await get(server, '/PEOPLE/jeon-jong-seo/')).status).toBe(404)
    expect((await get(server, '/people/jeon-jong-seo/INDEX.HTML')).status).toBe(404)
    expect((await get(server, '/people/jeon-jong-seo/index.html')).status).toBe(200)
  })

  it('reads Accept-Encoding tokens and their q-values, not substrings', () => {
    expect(accepts('gzip, deflate, br', 'br')).toBe(true)
    expect(accepts('br;q=0, gzip', 'br')).toBe(false)
    expect(accepts('br;q=0.5', 'br')).toBe(true)
    expect(accepts('x-gzip', 'gzip')).toBe(false)
    expect(accepts(undefined, 'gzip')).toBe(false)
  })
})

describe('the static server with _headers, brotli and trailing-slash redirects', () => {
  let root: string
  let server: Server
  const script = 'export const cast = ' + JSON.stringify(Array(300).fill('Jeon Jong-seo'))
  const page = '<!doctype html><title>Person</title>' + '<p>Kim Ji-hoon</p>'.repeat(200)

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'static-server-'))
    mkdirSync(path.join(root, 'assets'))
    mkdirSync(path.join(root, 'people', 'kim-ji-hoon'), { recursive: true })
    writeFileSync(path.join(root, 'assets', 'app-abc123.js'), script)
    writeFileSync(path.join(root, 'people', 'kim-ji-hoon', 'index.html'), page)
    writeFileSync(path.join(root, 'about.html'), '<!doctype html><title>About</title>')
    writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>')
    writeFileSync(
      path.join(root, '_headers'),
      '/*\n  X-Content-Type-Options: nosniff\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    )
    server = await startStaticServer({
      root,
      useHeadersFile: true,
      brotli: true,
      trailingSlash: 'redirect',
    })
  })
  afterAll(() => {
    server.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('long-caches a real hashed asset but never a missing one', async () => {
    const asset = await get(server, '/assets/app-abc123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const missing = await get(server, '/assets/nope.js')
    expect(missing.status).toBe(404)
    expect(missing.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    // The other headers of a matching rule still apply to the 404 page.
    expect(missing.headers['x-content-type-options']).toBe('nosniff')
  })

  it('prefers brotli when the client accepts it, falls back to gzip, and varies on it', async () => {
    const br = await get(server, '/assets/app-abc123.js', {
      'Accept-Encoding': 'gzip, deflate, br',
    })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(script.length / 10)
    expect(brotliDecompressSync(br.body).toString()).toBe(script)
    const again = await get(server, '/assets/app-abc123.js', { 'Accept-Encoding': 'br' })
    expect(again.body.equals(br.body)).toBe(true)
    const gzip = await get(server, '/assets/app-abc123.js', { 'Accept-Encoding': 'br;q=0, gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(script)
  })

  it('redirects a folder without its trailing slash, keeping the query string', async () => {
    const reply = await get(server, '/people/kim-ji-hoon?tab=credits&q=%EA%B9%80')
    expect(reply.status).toBe(301)
    expect(reply.headers.location).toBe('/people/kim-ji-hoon/?tab=credits&q=%EA%B9%80')
    const target = await get(server, '/people/kim-ji-hoon/?tab=credits')
    expect(target.status).toBe(200)
    expect(target.body.toString()).toBe(page)
    // A page file, a missing folder and a case variant are not redirected.
    expect((await get(server, '/about')).status).toBe(200)
    expect((await get(server, '/people/nobody')).status).toBe(404)
    expect((await get(server, '/people/Kim-Ji-Hoon')).status).toBe(404)
    // Only the path is echoed back, so a doubled slash cannot redirect to another host.
    const doubled = await get(server, '//evil.example/people/kim-ji-hoon')
    expect(doubled.headers.location).toBe('/people/kim-ji-hoon/')
  })
})
