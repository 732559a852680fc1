import { describe, expect, it } from 'vitest'
import { collectErrors, h1, hasBrowser, useSiteInBrowser } from './browser'

describe.skipIf(!hasBrowser)('deep links on a static host', () => {
  const { browser, site } = useSiteInBrowser()

  it('opens a person page straight from a shared link', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const response = await page.goto(site.url('/people/jeon-jong-seo'))
    expect(response?.status()).toBe(200)
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    expect(await page.title()).toContain('Jeon Jong-seo')
    expect(errors).toEqual([])
  })

  it('shows the not-found page for an unknown person', async () => {
    const page = await browser.context.newPage()
    await page.goto(site.url('/people/nobody-at-all'))
    await expect.poll(() => h1(page).textContent()).toBe('Page not found')
  })
})
