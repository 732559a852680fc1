import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeServiceWorker } from '../../build/prerender/service-worker'
import {
  besidesNotFoundStatus,
  collectErrors,
  h1,
  hasBrowser,
  openHydrated,
  useSiteInBrowser,
} from './browser'

/*
 * The production build with its service worker, on a local static host: one visit, then the
 * connection is cut (the browser offline and the server stopped), and the rest of the site must
 * still open. A second build makes an open page offer the new version.
 */

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  })
}

/** The shell's notices about the connection and a new version (the banner, not a page's header). */
function status(page: Page) {
  return page.getByRole('banner').locator('[aria-live="polite"]')
}

describe.skipIf(!hasBrowser)('offline, at the site root', () => {
  const { browser, site } = useSiteInBrowser({ site: { useHeadersFile: true } })

  it('opens pages never visited, by reload and by link, and says what is not found', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const worker = await page.request.get(site.url('/sw.js'))
    expect(worker.headers()['cache-control']).toBe('no-cache')
    await openHydrated(page, site.url('/films/ballerina-2023'))
    await waitForWorker(page)

    await browser.context.setOffline(true)
    await site.close()
    await expect.poll(() => status(page).textContent()).toMatch(/You are offline/)

    await page.reload()
    await expect.poll(() => h1(page).textContent()).toBe('Ballerina')
    for (const [url, heading] of [
      ['/people/kim-ji-hoon', 'Kim Ji-hoon'],
      ['/films/ballerina-2023/timeline', /timeline/i],
      ['/people/jeon-jong-seo/', 'Jeon Jong-seo'],
    ] as const) {
      await openHydrated(page, site.url(url))
      await expect.poll(() => h1(page).textContent(), { message: url }).toMatch(heading)
    }
    // A client-side navigation reads the next page's payload from the precache.
    await page.locator('main a[href="/films/the-call-2020"]').first().click()
    await expect.poll(() => h1(page).textContent()).toBe('The Call')
    expect(new URL(page.url()).pathname).toBe('/films/the-call-2020')

    await page.goto(site.url('/no/such/page'))
    await expect.poll(() => h1(page).textContent()).toBe('Page not found')
    // Some Chromium versions report a document opened under the emulated offline state as online;
    // cutting the connection again tells this one, as a real loss of connection would.
    await browser.context.setOffline(false)
    await browser.context.setOffline(true)
    await expect.poll(() => status(page).textContent()).toMatch(/You are offline/)
    expect(besidesNotFoundStatus(errors)).toEqual([])
  })
})

describe.skipIf(!hasBrowser)('offline, under a sub-path (/explorer/)', () => {
  beforeAll(() => {
    if (!existsSync('dist-sub/sw.js')) {
      throw new Error('No sub-path build: run `npm run build:sub` (npm run test:browser does).')
    }
  })
  const { browser, site } = useSiteInBrowser({
    site: { root: 'dist-sub', base: '/explorer/', useHeadersFile: true },
  })

  it('registers the worker for the sub-path and works offline under it', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await openHydrated(page, site.url('/people/jeon-jong-seo'))
    await waitForWorker(page)
    const scope = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.scope,
    )
    expect(scope).toBe(site.url('/'))

    await browser.context.setOffline(true)
    await site.close()
    await openHydrated(page, site.url('/films/the-call-2020'))
    await expect.poll(() => h1(page).textContent()).toBe('The Call')
    await page.locator('main a[href="/explorer/people/jeon-jong-seo"]').first().click()
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    await page.goto(site.url('/films/nope/and/deeper'))
    await expect.poll(() => h1(page).textContent()).toBe('Page not found')
    expect(besidesNotFoundStatus(errors)).toEqual([])
  })
})

describe.skipIf(!hasBrowser)('a new version', () => {
  // A copy of the build, which the test rebuilds with changed content while a page is open.
  const root = path.join(tmpdir(), `ballerina-update-${process.pid}`)
  beforeAll(() => cpSync('dist', root, { recursive: true }))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const { browser, site } = useSiteInBrowser({ site: { root, useHeadersFile: true } })

  it('is offered on an open page, which reloads only when the reader chooses to', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await openHydrated(page, site.url('/people/jeon-jong-seo'))
    await waitForWorker(page)
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))

    // The second build: one page changed, and a worker that lists its new revision.
    appendFileSync(path.join(root, 'people/jeon-jong-seo/index.html'), '<!-- second build -->\n')
    await writeServiceWorker({ outDir: root, enabled: true })
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

    await expect.poll(() => status(page).textContent()).toMatch(/A new version is available/)
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
    const reload = page.getByRole('button', { name: 'Reload' })
    await reload.focus()
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')])
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false)
    const served = await page.evaluate(() => fetch(location.href).then((r) => r.text()))
    expect(served.includes('<!-- second build -->')).toBe(true)
    await expect.poll(() => status(page).textContent()).toBe('')
    // One precache for this scope, holding the changed page once: in its new version only.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys()
      const cache = await caches.open(names[0] ?? '')
      const entries = (await cache.keys()).filter((request) =>
        request.url.includes('/people/jeon-jong-seo/'),
      )
      const texts = await Promise.all(
        entries.map(async (request) => (await cache.match(request))?.text() ?? ''),
      )
      return { names, texts }
    })
    expect(cached.names).toHaveLength(1)
    expect(cached.texts).toHaveLength(1)
    expect(cached.texts[0]).toContain('<!-- second build -->')
    expect(errors).toEqual([])
  })
})
