import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startStaticServer, type StaticServerOptions } from '../../scripts/static-server'

/*
 * Browser tests drive Debian's Chromium with playwright-core (browser downloads are impossible
 * here). Without a Chromium they are skipped with instructions, except under CI, where a missing
 * browser is a failure.
 */

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
export const chromiumPath = candidates.find((candidate) => candidate && existsSync(candidate))

if (!chromiumPath) {
  const help =
    'No Chromium found for the browser tests. Install one with\n' +
    '  sudo apt-get update && sudo apt-get install -y chromium\n' +
    'or point CHROME_PATH at a Chromium or Chrome binary.'
  if (process.env.CI) throw new Error(help)
  console.warn(`${help}\nSkipping the browser tests.`)
}

export const hasBrowser = Boolean(chromiumPath)

export type Browser = {
  context: BrowserContext
  close: () => Promise<void>
}

export async function launchBrowser(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Browser> {
  // Playwright refuses --user-data-dir in args, so the fresh profile goes through a persistent context.
  const profile = mkdtempSync(path.join(tmpdir(), 'ballerina-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
  const server: Server = await startStaticServer({ root: 'dist', ...options, base })
  const { port } = server.address() as AddressInfo
  return {
    url: (pathname = '') => `http://127.0.0.1:${port}${base}${pathname.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * Opens a URL and waits until the app has hydrated it (`<html data-hydrated>`): the page reads
 * before that, but typing or shortcuts only take effect after.
 */
export async function openHydrated(page: Page, url: string) {
  const response = await page.goto(url)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  return response
}

/**
 * Lays out the sections a page leaves until they are scrolled near (content-visibility: auto),
 * as printing does: otherwise a width check or a full-page screenshot covers their stand-in
 * boxes, not their content.
 */
export async function renderWholePage(page: Page) {
  await page.evaluate(() => {
    for (const section of document.querySelectorAll<HTMLElement>('.render-when-near')) {
      section.style.contentVisibility = 'visible'
    }
  })
}

/** Collects console errors and uncaught exceptions of a page, so a test can assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/**
 * Serves the built site and opens a browser for the tests of the calling `describe` block,
 * closing both after them. The returned objects stand for the ones opened in `beforeAll`.
 */
export function useSiteInBrowser(
  options: { site?: Partial<StaticServerOptions>; javaScriptEnabled?: boolean } = {},
): { browser: Browser; site: Site } {
  let openBrowser: Browser | undefined
  let openSite: Site | undefined
  beforeAll(async () => {
    openSite = await serveSite(options.site)
    openBrowser = await launchBrowser({ javaScriptEnabled: options.javaScriptEnabled })
  })
  afterAll(async () => {
    await openBrowser?.close()
    await openSite?.close()
  })
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('Used outside the tests of its describe block')
    return value
  }
  return {
    browser: {
      get context() {
        return opened(openBrowser).context
      },
      close: () => opened(openBrowser).close(),
    },
    site: {
      url: (pathname) => opened(openSite).url(pathname),
      close: () => opened(openSite).close(),
    },
  }
}
