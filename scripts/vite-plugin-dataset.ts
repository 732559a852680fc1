import path from 'node:path'
import type { Plugin } from 'vite'
import { assertValidDataset } from '../build/dataset/load.ts'
import { payloadFiles } from '../build/dataset/payload-groups.ts'
import { staticHead } from '../build/prerender/page-template.ts'

/**
 * The dev server's side of the data: it answers each page's payload under `api/` from memory (the
 * build writes them as files, build/dataset/write-payloads.ts), and gives index.html the head
 * every prerendered page has. Invalid data gets one line a problem, in the terminal and as the
 * answer.
 */
export function datasetPlugin(options: { dir: string }): Plugin {
  const dir = path.resolve(options.dir)
  let base = '/'

  const buildPayloads = () => payloadFiles(assertValidDataset(options.dir))

  return {
    name: 'ballerina-dataset',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<!--static-head-->', staticHead(base)),
    },
    configureServer(server) {
      server.watcher.add(dir)
      server.watcher.on('change', (file) => {
        if (file.startsWith(dir)) server.ws.send({ type: 'full-reload' })
      })
      const prefix = `${base}api/`
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? ''
        if (!url.startsWith(prefix)) return next()
        let payloads: Map<string, unknown>
        try {
          payloads = buildPayloads()
        } catch (error) {
          server.config.logger.error(String(error))
          response.statusCode = 500
          response.end(String(error))
          return
        }
        const payload = payloads.get(decodeURIComponent(url.slice(prefix.length)))
        response.setHeader('Content-Type', 'application/json; charset=utf-8')
        if (payload === undefined || payload === null) {
          response.statusCode = 404
          response.end('{"error":"not found"}')
          return
        }
        response.end(JSON.stringify(payload))
      })
    },
  }
}
