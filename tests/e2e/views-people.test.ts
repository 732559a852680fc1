import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { castFilterParams, parseCastFilter } from '../../src/features/cast/cast-filter'
import {
  collectErrors,
  h1,
  hasBrowser,
  openHydrated,
  renderWholePage,
  useSiteInBrowser,
} from './browser'

const shotsDir = '/tmp/shots-views-b'
const castPath = '/films/ballerina-2023/cast'

const status = (page: Page) => page.getByRole('status').first()
const cardNames = (page: Page) =>
  page
    .getByRole('region', { name: 'Credits' })
    .getByRole('list')
    .getByRole('heading', { level: 2 })
    .allTextContents()

describe.skipIf(!hasBrowser)('cast cards and person pages in a browser', () => {
  // Served with the site's own headers, so the strict CSP applies as on a real host.
  const { browser, site } = useSiteInBrowser({ site: { useHeadersFile: true } })

  async function open(path: string) {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await openHydrated(page, site.url(path))
    return { page, errors }
  }

  it('applies the filters of a shared link once the page has loaded', async () => {
    const { page, errors } = await open(`${castPath}?q=ok-joo`)
    await expect.poll(() => status(page).textContent()).toBe('1 of 9 credits')
    expect(await cardNames(page)).toEqual(['Jeon Jong-seo'])
    expect(await page.getByRole('searchbox', { name: 'Name or character' }).inputValue()).toBe(
      'ok-joo',
    )
    expect(errors).toEqual([])
    await page.close()
  })

  it('ignores malformed parameters without an error', async () => {
    const { page, errors } = await open(`${castPath}?dept=bogus&sort=%E0%A4%A&q=%3Cscript%3E`)
    await expect.poll(() => status(page).textContent()).toBe('0 of 9 credits')
    await page.getByRole('heading', { name: 'No matching credits' }).waitFor()
    expect(errors).toEqual([])
    await page.close()
  })

  it('writes typing into the URL, and back and forward restore it', async () => {
    const { page, errors } = await open(castPath)
    await expect.poll(() => status(page).textContent()).toBe('9 of 9 credits')
    const box = page.getByRole('searchbox', { name: 'Name or character' })
    await box.pressSequentially('Ji Hun-Kim', { delay: 20 })
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Ji Hun-Kim')
    await expect.poll(() => cardNames(page)).toEqual(['Kim Ji-hoon'])
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true)

    // The radio itself is visually hidden behind its label, which is what a user clicks.
    await page.locator('label').filter({ hasText: /^Crew/ }).click()
    expect(await page.getByRole('radio', { name: /Crew/ }).isChecked()).toBe(true)
    await expect.poll(() => new URL(page.url()).search).toBe('?dept=crew&q=Ji+Hun-Kim')
    await expect.poll(() => status(page).textContent()).toBe('0 of 9 credits')

    await page.goBack()
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Ji+Hun-Kim')
    await expect.poll(() => status(page).textContent()).toBe('1 of 9 credits')
    await page.goBack()
    await expect.poll(() => new URL(page.url()).search).toBe('')
    await expect.poll(() => status(page).textContent()).toBe('9 of 9 credits')
    expect(await box.inputValue()).toBe('')
    await page.goForward()
    await expect.poll(() => status(page).textContent()).toBe('1 of 9 credits')
    expect(await box.inputValue()).toBe('Ji Hun-Kim')
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens a person from a card and comes back to the list', async () => {
    const { page, errors } = await open(`${castPath}?dept=cast`)
    await expect.poll(() => status(page).textContent()).toBe('5 of 9 credits')
    await page.getByRole('link', { name: 'Park Yu-rim', exact: true }).click()
    await expect.poll(() => h1(page).textContent()).toBe('Park Yu-rim')
    expect(await page.title()).toContain('Park Yu-rim')
    await page.goBack()
    await expect.poll(() => status(page).textContent()).toBe('5 of 9 credits')
    expect(new URL(page.url()).search).toBe('?dept=cast')
    expect(errors).toEqual([])
    await page.close()
  })

  it('filters a filmography by role from the URL', async () => {
    const { page, errors } = await open('/people/jeon-jong-seo?role=crew')
    await expect.poll(() => status(page).textContent()).toBe('0 of 5 credits')
    await page.getByRole('link', { name: /^All roles/ }).click()
    await expect.poll(() => status(page).textContent()).toBe('5 of 5 credits')
    expect(errors).toEqual([])
    await page.close()
  })

  it('reads well at 360 and 1280 px, light and dark', async () => {
    mkdirSync(shotsDir, { recursive: true })
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    for (const [name, path] of [
      ['cast', castPath],
      ['person', '/people/jeon-jong-seo'],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: width === 360 ? 800 : 900 })
          await page.emulateMedia({ colorScheme })
          await page.goto(site.url(path))
          await h1(page).waitFor()
          await renderWholePage(page)
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0)
          await page.screenshot({
            path: `${shotsDir}/${name}-${width}-${colorScheme}.png`,
            fullPage: true,
          })
        }
      }
    }
    expect(errors).toEqual([])
    await page.close()
  })
})

describe.skipIf(!hasBrowser)('cast and person pages without JavaScript', () => {
  const { browser, site } = useSiteInBrowser({ javaScriptEnabled: false })

  it('lists every credit with a GET form and links to each person', async () => {
    const page = await browser.context.newPage()
    await page.goto(site.url(castPath))
    expect(await cardNames(page)).toHaveLength(9)
    const form = page.getByRole('search', { name: 'Filter the cast and crew' })
    expect(await form.getAttribute('method')).toBe('get')
    await page.getByRole('link', { name: 'Gray', exact: true }).click()
    await page.waitForURL(/\/people\/gray/)
    expect(await h1(page).textContent()).toBe('Gray')
    await page.close()
  })

  it('submits the department choice as the address the app reads', async () => {
    const page = await browser.context.newPage()
    await page.goto(site.url(castPath))
    await page.locator('label').filter({ hasText: /^Crew/ }).click()
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/dept=crew/)
    const submitted = new URL(page.url())
    expect(submitted.pathname).toBe(castPath)
    // The plain form also sends the defaults (`q=`, `sort=billing`): the same filter as ?dept=crew.
    expect(castFilterParams(parseCastFilter(submitted.searchParams)).toString()).toBe('dept=crew')
    await page.close()
  })
})
