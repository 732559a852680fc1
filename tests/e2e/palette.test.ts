import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { collectErrors, h1, hasBrowser, openHydrated, useSiteInBrowser } from './browser'

/*
 * The command palette by keyboard alone, in a real browser against the production build: the
 * shortcut opens it, typing searches, arrows and Enter open a result, Escape hands focus back.
 * Its code is fetched once the page is idle, so the first open is as quick as the next; the search
 * shards only as a query needs them.
 */

/** Label of the focused element, to follow focus the way a keyboard user does. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    return element ? `${element.tagName.toLowerCase()}:${element.textContent?.trim() ?? ''}` : ''
  })

describe.skipIf(!hasBrowser)('command palette', () => {
  const { browser, site } = useSiteInBrowser()

  async function openPage(path: string) {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    // The shortcut listener is attached once the app has hydrated the page.
    await openHydrated(page, site.url(path))
    return { page, errors, requested }
  }

  it('opens with Ctrl+K, finds Ok-joo and opens Jeon Jong-seo with Enter', async () => {
    const { page, errors, requested } = await openPage('/sources')
    expect(requested.some((path) => path.startsWith('/api/search'))).toBe(false)

    await page.keyboard.press('Control+K')
    const dialog = page.getByRole('dialog', { name: 'Search' })
    await dialog.waitFor()
    const combobox = dialog.getByRole('combobox')
    await expect
      .poll(() => combobox.evaluate((input) => input === document.activeElement))
      .toBe(true)
    expect(requested.some((path) => path.includes('command-palette'))).toBe(true)

    await page.keyboard.type('ok-joo')
    const option = dialog.getByRole('option', { name: /Ok-ju/ })
    await option.waitFor()
    expect(await option.textContent()).toContain('Also written Ok-joo')
    expect(requested.filter((path) => path.startsWith('/api/search'))).toEqual([
      '/api/search/index.json',
      '/api/search/p/o.json',
    ])

    // The first result is active as soon as it appears: typing a name and Enter opens it.
    expect(await combobox.getAttribute('aria-activedescendant')).toBe(
      await option.getAttribute('id'),
    )
    expect(await option.getAttribute('aria-selected')).toBe('true')

    await page.keyboard.press('Enter')
    await page.waitForURL(/\/people\/jeon-jong-seo$/)
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    expect(await dialog.count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('opens with "/" and Escape returns focus to where it was', async () => {
    const { page, errors } = await openPage('/films/ballerina-2023')
    // Tab to a navigation link, a place a keyboard user could be.
    for (let presses = 0; presses < 10; presses += 1) {
      await page.keyboard.press('Tab')
      if ((await focused(page)) === 'a:Cast & crew') break
    }
    const before = await focused(page)
    expect(before).toBe('a:Cast & crew')

    await page.keyboard.press('/')
    const dialog = page.getByRole('dialog', { name: 'Search' })
    await dialog.waitFor()
    await expect.poll(() => focused(page)).toBe('input:')
    // The modal dialog keeps Tab inside it.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true)

    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => focused(page)).toBe(before)
    expect(errors).toEqual([])
  })

  it('opens /search?q= from a shared link: hydrates the empty prerender, then searches', async () => {
    const { page, errors } = await openPage('/search?q=%E3%85%88%E3%85%88%E3%85%85')
    const link = page.getByRole('link', { name: 'Jeon Jong-seo' })
    await link.waitFor()
    expect(await page.getByRole('searchbox').inputValue()).toBe('ㅈㅈㅅ')
    expect(await page.getByText('Hangul initials ㅈㅈㅅ (전종서)').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('leaves "/" alone while typing in a field', async () => {
    const { page } = await openPage('/search')
    const field = page.getByRole('searchbox')
    await field.focus()
    await page.keyboard.type('a/b')
    expect(await field.inputValue()).toBe('a/b')
    expect(await page.getByRole('dialog').count()).toBe(0)
  })

  it('has no axe violations when open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage('/films/ballerina-2023')
      await page.emulateMedia({ colorScheme })
      await page.getByRole('button', { name: 'Search' }).click()
      const dialog = page.getByRole('dialog', { name: 'Search' })
      await dialog.waitFor()
      await page.keyboard.type('kim')
      await dialog.getByRole('option').first().waitFor()
      await page.keyboard.press('ArrowDown')
      const results = await new AxeBuilder({ page })
        .include('dialog')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze()
      expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([])
      await page.close()
    }
  })
})
