import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { collectErrors, hasBrowser, openHydrated, shownPage, useSiteInBrowser } from './browser'

/* Sharing what one sees: links to a card or an event, and the Share control's fallback. */

/**
 * The "Linked" label the shown page draws on the item a fragment names, or null when none (the
 * page just left, kept beside it, may hold an item with the same id).
 */
const linkedLabel = (page: Page, id: string) =>
  shownPage(page)
    .locator(`[id="${id}"]`)
    .evaluateAll((elements) => {
      const element = elements[0]
      if (!element) return null
      const label = getComputedStyle(element, '::after').content
      const box = element.getBoundingClientRect()
      const inView = box.top >= 0 && box.top < window.innerHeight
      return { label, inView }
    })

describe.skipIf(!hasBrowser)('sharing', () => {
  const { browser, site } = useSiteInBrowser()

  it('opens a link to a card with the card in view and marked, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage()
      const errors = collectErrors(page)
      await page.setViewportSize({ width: 390, height: 740 })
      await page.emulateMedia({ colorScheme })
      await openHydrated(page, site.url('/films/ballerina-2023/cast#gray'))
      await expect
        .poll(() => linkedLabel(page, 'gray'))
        .toEqual({ label: '"Linked"', inView: true })
      expect(errors).toEqual([])
      await page.close()
    }
  })

  it('marks the linked item after a navigation within the app too', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 390, height: 740 })
    await openHydrated(page, site.url('/films/ballerina-2023'))
    // As the app's own links do: a history entry the router follows, no page load.
    await page.evaluate(() => {
      history.pushState({}, '', '/films/ballerina-2023/timeline#ballerina-2023-netflix-release')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect
      .poll(() => linkedLabel(page, 'ballerina-2023-netflix-release'))
      .toEqual({ label: '"Linked"', inView: true })
    await page.close()
  })

  it('copies a card’s link with “Copy link”, and the page’s with Share when there is no share sheet', async () => {
    const page = await browser.context.newPage()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url('/')).origin,
    })
    await openHydrated(page, site.url('/films/ballerina-2023/cast?dept=crew'))
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function')
    const card = page.locator('[id="gray"]')
    await card.getByRole('link', { name: /Copy link/ }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(site.url('/films/ballerina-2023/cast?dept=crew#gray'))
    expect(new URL(page.url()).hash).toBe('')
    await expect.poll(() => page.getByText('Link copied').count()).toBeGreaterThan(0)
    if (!hasShare) {
      await page.getByRole('button', { name: 'Share' }).click()
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(site.url('/films/ballerina-2023/cast?dept=crew'))
      await expect.poll(() => page.getByText('Link copied').first().isVisible()).toBe(true)
    }
    await page.close()
  })
})
