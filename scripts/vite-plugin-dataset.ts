import path from 'node:path'
import type { Plugin } from 'vite'
import { payloadFiles } from '../src/data/payloads.ts'
import { formatProblem } from '../src/data/validate.ts'
import { loadAndValidate } from './validate-data.ts'

/**
 * Validates `data/` and serves each page's payload under `api/`: written as files by the build,
 * answered from memory by the dev server. Invalid data fails the build with one line a problem.
 */
export function datasetPlugin(options: { dir: string }): Plugin {
  const dir = path.resolve(options.dir)
  let base = '/'
  let serverBuild = false

  function buildPayloads(): Map<string, unknown> {
    const { dataset, problems } = loadAndValidate(dir)
    if (!dataset || problems.length > 0) {
      const lines = problems.map(formatProblem).join('\n')
      throw new Error(`The dataset in data/ is invalid (${problems.length} problems):\n${lines}`)
    }
    return payloadFiles(dataset)
  }

  return {
    name: 'ballerina-dataset',
    configResolved(config) {
      base = config.base
      // The prerenderer's server bundle reads payloads from memory: only the client build writes them.
      serverBuild = Boolean(config.build.ssr)
    },
    buildStart() {
      this.addWatchFile(dir)
    },
    generateBundle() {
      if (serverBuild) return
      for (const [file, payload] of buildPayloads()) {
        this.emitFile({ type: 'asset', fileName: `api/${file}`, source: JSON.stringify(payload) })
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
