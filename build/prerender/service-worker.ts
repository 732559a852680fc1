import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import { injectManifest } from 'workbox-build'
import { gzipSize } from '../budgets/page-bytes.ts'
import { projectCacheDir } from '../cache-files.ts'
import { filesIn } from '../files-in.ts'
import { webManifestFile } from './web-manifest.ts'

/*
 * The service worker, written after prerendering so that every page exists to be listed (a
 * worker written during `vite build`, as vite-plugin-pwa does, sees none). The worker's source,
 * src/features/offline/service-worker.ts, is bundled with Vite, and workbox-build injects the
 * files to precache with a revision each, so a new build replaces exactly what changed.
 */

export type PrecacheMode = 'full' | 'shell'

/**
 * The most a first visit may download into the precache in the background, gzip as hosts serve
 * it. A build whose pages and payloads fit is precached whole; a larger one, such as the synthetic
 * catalogue, precaches only the shell and caches pages and payloads as they are visited.
 */
export const precacheLimitBytes = 2_000_000

const workerFile = 'sw.js'
const sources = path.resolve(import.meta.dirname, '../../src/features/offline')
const bundleDir = path.join(projectCacheDir, 'service-worker')

/** What a file is to the precache: part of the shell, content (a page or payload), or neither. */
export function precacheRole(file: string): 'shell' | 'content' | null {
  if (/^assets\/[^/]+\.(js|css)$/.test(file)) return 'shell'
  if (file === '404.html' || file === webManifestFile || /^[^/]+\.png$/.test(file)) return 'shell'
  if (file === 'index.html' || file.endsWith('/index.html')) return 'content'
  if (/^api\/.+\.json$/.test(file)) return 'content'
  // Open Graph images are for link previews, never opened by the app; the rest are for crawlers.
  return null
}

export type PrecachePlan = {
  mode: PrecacheMode
  /** Files to precache, relative to the build folder. */
  files: string[]
  /** What they cost to download, gzip. */
  bytes: number
}

/**
 * Every page and payload when they fit under `limit` with the shell, else the shell alone. The
 * content is compressed only until the sum passes the limit: compressing a whole catalogue just
 * to learn it is too big would cost the build minutes.
 */
export function planPrecache(
  files: string[],
  gzipBytesOf: (file: string) => number,
  limit = precacheLimitBytes,
): PrecachePlan {
  const shell = files.filter((file) => precacheRole(file) === 'shell')
  const content = files.filter((file) => precacheRole(file) === 'content')
  const shellBytes = shell.reduce((total, file) => total + gzipBytesOf(file), 0)
  let fullBytes = shellBytes
  for (const file of content) {
    fullBytes += gzipBytesOf(file)
    if (fullBytes > limit) return { mode: 'shell', files: shell, bytes: shellBytes }
  }
  return { mode: 'full', files: [...shell, ...content], bytes: fullBytes }
}

/** A glob pattern that matches exactly this file name. */
const globLiteral = (file: string) => file.replace(/[*?[\]{}()!+@\\]/g, '\\$&')

/** Bundles a worker source into one classic script (workers as modules are not universal yet). */
async function bundleWorker(entry: string, define: Record<string, string>): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), ...define },
    build: {
      outDir: bundleDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name: 'serviceWorker', fileName: () => workerFile },
    },
  })
  return path.join(bundleDir, workerFile)
}

export type ServiceWorkerReport =
  { mode: 'off' } | { mode: PrecacheMode; files: number; bytes: number; storedBytes: number }

/**
 * Writes sw.js into a finished build. With `enabled: false` it writes the worker that retires an
 * installed one instead, so turning the service worker off also removes it from visitors' browsers.
 */
export async function writeServiceWorker(options: {
  outDir: string
  enabled: boolean
  /** The build's files, relative to outDir, when the build knows them (else outDir is listed). */
  files?: string[]
}): Promise<ServiceWorkerReport> {
  const swDest = path.join(options.outDir, workerFile)
  rmSync(swDest, { force: true })
  if (!options.enabled) {
    const bundled = await bundleWorker(path.join(sources, 'retiring-service-worker.ts'), {})
    copyFileSync(bundled, swDest)
    rmSync(bundleDir, { recursive: true, force: true })
    return { mode: 'off' }
  }

  const plan = planPrecache(options.files ?? filesIn(options.outDir), (file) =>
    gzipSize(readFileSync(path.join(options.outDir, file))),
  )
  const bundled = await bundleWorker(path.join(sources, 'service-worker.ts'), {
    OFFLINE_MODE: JSON.stringify(plan.mode),
  })
  const result = await injectManifest({
    swSrc: bundled,
    swDest,
    globDirectory: options.outDir,
    // The chosen files by name, so workbox reads and hashes those alone, not the whole build.
    globPatterns: plan.files.map(globLiteral),
    // Vite names these by their content: the name is the revision.
    dontCacheBustURLsMatching: /^assets\//,
    maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
  })
  if (result.warnings.length > 0) throw new Error(result.warnings.join('\n'))
  rmSync(bundleDir, { recursive: true, force: true })
  return {
    mode: plan.mode,
    files: result.count,
    bytes: plan.bytes,
    storedBytes: result.size,
  }
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`

export function describeServiceWorker(report: ServiceWorkerReport): string {
  if (report.mode === 'off') {
    return 'Service worker off (SERVICE_WORKER=off): sw.js only removes one installed earlier.'
  }
  const cached = `precaches ${report.files} files, ${megabytes(report.bytes)} to download (gzip), ${megabytes(report.storedBytes)} stored`
  return report.mode === 'full'
    ? `Service worker, full mode: ${cached}: every page, 404.html, every payload and the assets.`
    : `Service worker, shell mode (every page and payload together would be over ${megabytes(precacheLimitBytes)} gzip): ${cached}: 404.html and the assets; pages are cached network-first and payloads stale-while-revalidate as they are visited.`
}
