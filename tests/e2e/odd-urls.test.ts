import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  besidesNotFoundStatus,
  collectErrors,
  h1,
  hasBrowser,
  openHydrated,
  shownPage,
  useSiteInBrowser,
} from './browser'

/*
 * Addresses hosts and people produce, and loads that fail, on a static host that serves 404.html
 * for unknown paths: each lands on its page or a clear not-found view, never an error view or a
 * page that changes after it appeared.
 */

/** Every h1 the page shows from its first paint until it is hydrated. */
async function headingsWhileLoading(page: Page, url: string): Promise<string[]> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { seenHeadings: seen })
    new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent
      if (text && seen.at(-1) !== text) seen.push(text)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await openHydrated(page, url)
  return page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings)
}

describe.skipIf(!hasBrowser)('odd addresses and failed loads', () => {
  // Failures of the network are tried as a first visit meets them, before the service worker
  // has saved the site (tests/e2e/offline.test.ts covers the site once it has).
  const { browser, site } = useSiteInBrowser({ serviceWorkers: 'block' })

  it('shows the real page at its canonical address for addresses a host maps to it', async () => {
    const cases: [string, string, string][] = [
      ['/films//ballerina-2023', '/films/ballerina-2023', 'Ballerina'],
      ['/films/ballerina-2023//cast', '/films/ballerina-2023/cast', 'Cast and crew'],
      ['/films/ballerina-2023/index.html', '/films/ballerina-2023', 'Ballerina'],
      ['/people//jeon-jong-seo', '/people/jeon-jong-seo', 'Jeon Jong-seo'],
      ['/index.html', '/', 'Ballerina'],
    ]
    for (const [address, canonical, heading] of cases) {
      const page = await browser.context.newPage()
      const errors = collectErrors(page)
      const seen = await headingsWhileLoading(page, site.url(address))
      expect(seen, address).toEqual([heading])
      expect(new URL(page.url()).pathname, address).toBe(canonical)
      expect(errors, address).toEqual([])
      await page.close()
    }
  })

  it('answers hostile or malformed slugs with not found, and never requests their data', async () => {
    // A case variant names a real work, whose data the not-found view may fetch ahead for its own
    // link to the film: for it only the view is checked, not the requests.
    const caseVariant = '/films/ballerina-2023/CAST'
    const cases = [
      '/films/..%2Fpeople%2Fjeon-jong-seo',
      '/people/..%2F..%2Fapi%2Fsources',
      '/sources/..%2Fsources',
      '/people/%25',
      caseVariant,
      '/films%2Fballerina-2023',
      '/%ED%A0%80',
    ]
    for (const address of cases) {
      const page = await browser.context.newPage()
      const errors = collectErrors(page)
      const api: string[] = []
      // The not-found view reads search shards for suggestions, and the pages of its own links
      // ahead; nothing the address named.
      const known = /\/api\/(search\/.*|works\/ballerina-2023\.json)$/
      page.on('request', (request) => {
        const url = request.url()
        if (url.includes('/api/') && !known.test(url)) api.push(url)
      })
      const seen = await headingsWhileLoading(page, site.url(address))
      expect(seen, address).toEqual(['Page not found'])
      if (address !== caseVariant) expect(api, address).toEqual([])
      // The host answers 404, which the browser logs; nothing else may appear.
      expect(besidesNotFoundStatus(errors), address).toEqual([])
      await page.close()
    }
  })

  it('shows words and a way on when the app’s scripts cannot load on the not-found page', async () => {
    const page = await browser.context.newPage()
    await page.route('**/assets/*.js', (route) => route.abort())
    await page.goto(site.url('/people/no-such-person'))
    expect(await h1(page).textContent()).toBe('Page not found')
    await expect
      .poll(() => page.getByRole('link', { name: /film page/ }).getAttribute('href'))
      .toBe('/films/ballerina-2023')
    expect(await page.getByRole('link', { name: /Search for/ }).count()).toBe(1)
    await page.close()
  })

  it('keeps the search box when the results cannot load, and searches on Retry', async () => {
    const page = await browser.context.newPage()
    await openHydrated(page, site.url('/search'))
    // Failed requests rather than the browser offline: coming back online, some Chromium
    // versions announce it and the search retries by itself before Retry can be pressed.
    await page.route('**/api/search/**', (route) => route.abort('internetdisconnected'))
    await page.getByRole('searchbox').fill('jeon')
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('Search could not load')
    expect(await page.getByRole('searchbox').inputValue()).toBe('jeon')
    await page.unroute('**/api/search/**')
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect
      .poll(() => page.getByRole('link', { name: 'Jeon Jong-seo' }).count())
      .toBeGreaterThan(0)
    await page.close()
  })

  it('says what failed when a page’s data cannot load, and opens it on Retry', async () => {
    const page = await browser.context.newPage()
    await openHydrated(page, site.url('/films/ballerina-2023'))
    await page.route('**/api/people/**', (route) => route.abort('internetdisconnected'))
    await page.getByRole('link', { name: 'Jeon Jong-seo' }).first().click()
    const alert = page.getByRole('alert')
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain('The data of this page could not be downloaded.')
    expect(
      await page
        .getByRole('button', { name: /Search/ })
        .first()
        .isVisible(),
    ).toBe(true)
    await page.unroute('**/api/people/**')
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    await page.close()
  })

  it('shows a slow page once, though it was also being rendered ahead of the click', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await openHydrated(page, site.url('/films/ballerina-2023'))
    await page.waitForLoadState('networkidle')
    // Below the first screen, so nothing has fetched its page yet.
    const link = shownPage(page).locator('a[href^="/people/"]').last()
    const path = (await link.getAttribute('href')) ?? ''
    const name = ((await link.textContent()) ?? '').trim()
    // The click's navigation and the render ahead the pointer asked for wait for the same payload.
    await page.route('**/api/people/*.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await route.continue()
    })
    await link.hover()
    await page.mouse.down()
    await page.mouse.up()
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe(path)
    await expect.poll(() => h1(page).textContent()).toBe(name)
    // Time for the render ahead that waited too to land: it must not add a second copy.
    await page.waitForTimeout(1000)
    expect(await page.locator('main h1', { hasText: name }).count()).toBe(1)
    expect(await h1(page).textContent()).toBe(name)
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps what is typed after submitting a search', async () => {
    const page = await browser.context.newPage()
    await openHydrated(page, site.url('/search'))
    const box = page.getByRole('searchbox')
    await box.fill('jeon')
    await box.press('Enter')
    // Submitting leaves the field as it is, before the address changes and after.
    expect(await box.inputValue()).toBe('jeon')
    await box.fill('')
    await box.pressSequentially('kim')
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('jeon')
    await page.waitForTimeout(300)
    expect(await box.inputValue()).toBe('kim')
    await page.close()
  })
})
