import path from 'node:path'
import { build } from 'vite'
import { buildCacheRoot, projectCacheDir } from '../build/cache-files.ts'
import { assertValidDataset } from '../build/dataset/load.ts'
import { digest } from '../build/digest.ts'
import { siteUrlFrom } from '../build/host.ts'
import { OutputFolder } from '../build/output-folder.ts'
import { prerenderSite } from '../build/prerender/prerender.ts'
import { describeServiceWorker, writeServiceWorker } from '../build/prerender/service-worker.ts'

/*
 * `npm run build`: the client and the server renderer into the checkout's cache (the renderer
 * there so it resolves React from node_modules whatever OUT_DIR is), then into OUT_DIR (default
 * dist/) the payloads and every page prerendered from DATA_DIR (default data/), and last the
 * service worker, which lists the finished pages (SERVICE_WORKER=off leaves it out). OUT_DIR is
 * kept from one build to the next, and only what changed is written (output-folder.ts). The
 * script runs under NODE_ENV=production (package.json), so the pages are rendered by React's
 * production build.
 */

const outDir = path.resolve(process.env.OUT_DIR || 'dist')
const clientDir = path.join(projectCacheDir, 'client-build', digest(outDir))
const ssrDir = path.join(projectCacheDir, 'prerender-ssr')
const siteUrl = siteUrlFrom(process.env.SITE_URL)
if (!siteUrl) {
  console.warn(
    'SITE_URL is not set: pages get no canonical link and relative Open Graph URLs, which ' +
      'link previews ignore. Set SITE_URL=https://your.host for a deployable build.',
  )
}

const serviceWorker = process.env.SERVICE_WORKER?.trim() || 'on'
if (serviceWorker !== 'on' && serviceWorker !== 'off') {
  throw new Error(`SERVICE_WORKER must be "on" or "off", not "${serviceWorker}"`)
}
// Tells the app whether to register the worker (Vite exposes VITE_ variables to the client).
process.env.VITE_SERVICE_WORKER = serviceWorker

// First, so that invalid data stops the build before it touches the output folder.
const dataset = assertValidDataset(process.env.DATA_DIR || 'data')
await build({ build: { outDir: clientDir, emptyOutDir: true } })
await build({ build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } })
const output = new OutputFolder(outDir, path.join(buildCacheRoot, 'build-output'))
await prerenderSite({ dataset, clientDir, output, ssrDir, siteUrl })
const worker = await writeServiceWorker({
  outDir,
  enabled: serviceWorker === 'on',
  files: output.list(),
})
output.adopt('sw.js')
console.log(describeServiceWorker(worker))
const { removed } = output.finish()
console.log(
  `${path.relative('.', outDir) || '.'}/: ${output.written} files written, ` +
    `${output.list().length - output.written} unchanged, ${removed} removed`,
)
