import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { assertValidDataset } from '../build/dataset/load.ts'
import { payloadFiles } from '../build/dataset/payloads.ts'
import { staticHead } from '../build/prerender/page-template.ts'

/**
 * Validates the data folder and serves each page's payload under `api/`: written as files by the
 * build, answered from memory by the dev server. Invalid data fails the build with one line a
 * problem. In development it also gives index.html the head every prerendered page has.
 */
export function datasetPlugin(options: { dir: string }): Plugin {
  const dir = path.resolve(options.dir)
  let base = '/'
  let serverBuild = false

  const buildPayloads = () => payloadFiles(assertValidDataset(options.dir))

  return {
    name: 'ballerina-dataset',
    configResolved(config) {
      base = config.base
      // The prerenderer's server bundle reads payloads from memory: only the client build writes them.
      serverBuild = Boolean(config.build.ssr)
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<!--static-head-->', staticHead(base)),
    },
    buildStart() {
      this.addWatchFile(dir)
    },
    // Written beside the bundle rather than emitted into it: at catalogue scale the bundler
    // would hold, size and list tens of thousands of files it has nothing to do with.
    writeBundle(output) {
      if (serverBuild || !output.dir) return
      const apiDir = path.join(output.dir, 'api')
      const made = new Set<string>()
      for (const [file, payload] of buildPayloads()) {
        const target = path.join(apiDir, file)
        const folder = path.dirname(target)
        if (!made.has(folder)) mkdirSync(folder, { recursive: true })
        made.add(folder)
        writeFileSync(target, JSON.stringify(payload))
      }
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
