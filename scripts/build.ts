import path from 'node:path'
import { build } from 'vite'
import { siteUrlFrom } from '../build/host.ts'
import { prerenderSite } from '../build/prerender/prerender.ts'
import { describeServiceWorker, writeServiceWorker } from '../build/prerender/service-worker.ts'

/*
 * `npm run build`: the client into OUT_DIR (default dist/), the server renderer into the
 * checkout's cache (so it resolves React from node_modules whatever OUT_DIR is, and never lands
 * beside the site), then every page prerendered from DATA_DIR (default data/). The script runs
 * under NODE_ENV=production (package.json), so the pages are rendered by React's production build.
 * Last, the service worker, which lists the finished pages (SERVICE_WORKER=off leaves it out).
 */

const outDir = path.resolve(process.env.OUT_DIR || 'dist')
const ssrDir = path.resolve('node_modules/.cache/prerender-ssr')
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

await build({ build: { outDir, emptyOutDir: true } })
await build({ build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } })
await prerenderSite({ dataDir: process.env.DATA_DIR || 'data', outDir, ssrDir, siteUrl })
console.log(
  describeServiceWorker(await writeServiceWorker({ outDir, enabled: serviceWorker === 'on' })),
)
