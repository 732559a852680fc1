import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { withBase } from '../build/host.ts'
import { startStaticServer, type StaticServerOptions } from '../scripts/static-server.ts'

/*
 * Chromium and a served build, for the browser tests, the benchmarks and Lighthouse alike:
 * playwright-core drives the system's Chromium because browser downloads are impossible here.
 */

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
export const chromiumPath = candidates.find((candidate) => candidate && existsSync(candidate))

export const hasBrowser = Boolean(chromiumPath)

export const noChromiumHelp =
  'No Chromium found. Install one with\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium\n' +
  'or point CHROME_PATH at a Chromium or Chrome binary.'

/** Flags for a quiet headless run: no sandbox (containers), no background traffic. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The browser's own version line, so a report says which Chromium produced its figures. */
export function chromiumVersion(): string {
  if (!chromiumPath) return 'none'
  try {
    return execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      // Debian's wrapper script prints shell noise on stderr.
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return `unknown (${chromiumPath})`
  }
}

export type Browser = {
  context: BrowserContext
  close: () => Promise<void>
}

export async function launchBrowser(
  options: { javaScriptEnabled?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Browser> {
  // Playwright refuses --user-data-dir in args, so the fresh profile goes through a persistent context.
  const profile = mkdtempSync(path.join(tmpdir(), 'ballerina-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'allow',
    args: chromiumFlags,
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export type Site = { url: (pathname?: string) => string; close: () => Promise<void> }

/** Serves a built site on a free port of this machine, the way a static host would. */
export async function serveSite(options: Partial<StaticServerOptions> = {}): Promise<Site> {
  const base = options.base ?? '/'
  return siteOn(await startStaticServer({ root: 'dist', ...options, base }), base)
}

/** A listening server as a `Site` whose pages live under `base`. */
export function siteOn(server: Server, base = '/'): Site {
  const { port } = server.address() as AddressInfo
  return {
    url: (pathname = '') => `http://127.0.0.1:${port}${withBase(base, pathname)}`,
    // Drops the connections still open, as a host going away does: a browser's keep-alive or
    // a service worker still fetching would otherwise hold the close for as long as they last.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
