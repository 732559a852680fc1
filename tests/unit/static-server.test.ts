import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '../../scripts/static-server'

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
  let root: string
  let server: Server
  const page = '<!doctype html><title>Person</title>' + '<p>Jeon Jong-seo</p>'.repeat(200)

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'static-server-'))
    mkdirSync(path.join(root, 'people', 'jeon-jong-seo'), { recursive: true })
    writeFileSync(path.join(root, 'people', 'jeon-jong-seo', 'index.html'), page)
    writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>')
    writeFileSync(path.join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    server = await startStaticServer({ root })
  })
  afterAll(() => {
    server.close()
    rmSync(root, { recursive: true, force: true })
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
})
