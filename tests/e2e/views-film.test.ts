import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  collectErrors,
  h1,
  hasBrowser,
  launchBrowser,
  openHydrated,
  renderWholePage,
  shownPage,
  useSiteInBrowser,
} from './browser'

/*
 * The film, timeline and sources views in a real browser against the production build: history
 * across pages, the timeline filter read from the URL after hydration, no horizontal scroll on a
 * small phone, and screenshots in both themes at both widths to look at by eye.
 */

const shotsDir = '/tmp/shots-views-a'
const eventCount = (page: Page) => shownPage(page).locator('h3[id^="event-"]').count()

describe.skipIf(!hasBrowser)('film, timeline and sources views', () => {
  const { browser, site } = useSiteInBrowser()

  it('goes from the film to a person and back through history', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await page.goto(site.url('/films/ballerina-2023'))
    await expect.poll(() => h1(page).textContent()).toBe('Ballerina')
    await page
      .getByRole('region', { name: 'At a glance' })
      .getByRole('link', { name: 'Gray' })
      .click()
    await expect.poll(() => h1(page).textContent()).toBe('Gray')
    expect(new URL(page.url()).pathname).toBe('/people/gray')
    expect(await page.title()).toContain('Gray')
    await page.goBack()
    await expect.poll(() => h1(page).textContent()).toBe('Ballerina')
    expect(new URL(page.url()).pathname).toBe('/films/ballerina-2023')
    await page.goForward()
    await expect.poll(() => h1(page).textContent()).toBe('Gray')
    expect(errors).toEqual([])
  })

  it('shows a new page’s first screen before the parts below it', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await openHydrated(page, site.url('/films/ballerina-2023'))
    // Notes, as the new heading first appears, whether the filmography is there yet.
    const filmographyWithHeading = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const observer = new MutationObserver(() => {
            const shown = document.querySelector('main [data-page-layer="shown"]')
            if (shown?.querySelector('h1')?.textContent !== 'Gray') return
            observer.disconnect()
            const headings = [...shown.querySelectorAll('h2')]
            resolve(headings.some((heading) => heading.textContent === 'Filmography'))
          })
          observer.observe(document.body, { childList: true, subtree: true, characterData: true })
        }),
    )
    // By keyboard: a pointer resting on the link could have the page rendered ahead, whole,
    // before the click (static-hosting.test.ts covers that), and this is about a page rendered
    // on the move.
    await page
      .getByRole('region', { name: 'At a glance' })
      .getByRole('link', { name: 'Gray' })
      .focus()
    await page.keyboard.press('Enter')
    expect(await filmographyWithHeading).toBe(false)
    await expect.poll(() => page.getByRole('region', { name: 'Filmography' }).count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('comes back to the end of the film page from a shorter page', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await openHydrated(page, site.url('/films/ballerina-2023'))
    // Scrolled to the end as a reader does: the sources there render after the first screen on
    // a move within the app, and the page they link to is too short to keep this place.
    const atEnd = () =>
      page.evaluate(() => window.scrollY + window.innerHeight >= document.body.scrollHeight - 1)
    // The app keeps places once its scroll restoration runs, which it marks on the history.
    await page.waitForFunction(() => history.scrollRestoration === 'manual')
    for (let turn = 0; turn < 40 && !(await atEnd()); turn++) await page.mouse.wheel(0, 400)
    expect(await atEnd()).toBe(true)
    const sources = page.getByRole('region', { name: 'Sources', exact: true })
    const sourcesTop = () => sources.evaluate((element) => element.getBoundingClientRect().top)
    const top = await sourcesTop()
    await sources.getByRole('link', { name: 'What it supports' }).first().click()
    await expect.poll(() => h1(page).textContent()).not.toBe('Ballerina')
    expect(new URL(page.url()).pathname).toMatch(/^\/sources\/./)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)

    await page.goBack()
    await expect.poll(() => h1(page).textContent()).toBe('Ballerina')
    expect(await sourcesTop()).toBeCloseTo(top, 0)
    expect(errors).toEqual([])
  })

  it('reads the timeline filter from a shared link, and hydrates without a mismatch', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    // The filter applies once the app has hydrated, which a loaded machine can take longer for
    // than a poll waits.
    await openHydrated(page, site.url('/films/ballerina-2023/timeline?kind=festival'))
    await expect.poll(() => eventCount(page)).toBe(1)
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 event of 7')
    const filters = page.getByRole('navigation', { name: 'Show events of one kind' })
    expect(
      await filters.getByRole('link', { name: /^Festival/ }).getAttribute('aria-current'),
    ).toBe('page')
    expect(await page.locator('main h3', { hasText: 'Busan' }).count()).toBe(1)

    await filters.getByRole('link', { name: /^All kinds/ }).click()
    await expect.poll(() => eventCount(page)).toBe(7)
    await page.goBack()
    await expect.poll(() => eventCount(page)).toBe(1)
    expect(new URL(page.url()).search).toBe('?kind=festival')
    expect(errors).toEqual([])
  })

  it('shows a citation’s sources whole, wherever the marker sits, and closes them with Escape', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 412, height: 823 })
    const errors = collectErrors(page)
    await openHydrated(page, site.url('/films/ballerina-2023'))
    // The last marker of the hero, whose frame clips what overflows it, near its bottom edge.
    const marker = page
      .getByRole('region', { name: 'At a glance' })
      .getByRole('link', { name: /^Sources: / })
      .last()
    await marker.scrollIntoViewIfNeeded()
    await marker.focus()
    const panel = page
      .getByRole('group', { name: 'Sources for this fact' })
      .filter({ visible: true })
    await expect.poll(() => panel.count()).toBe(1)
    expect(await marker.getAttribute('aria-expanded')).toBe('true')
    const link = panel.getByRole('link', { name: 'About this source' })
    // Every corner of the panel is painted on top: nothing clips or covers it.
    const box = await panel.boundingBox()
    if (!box) throw new Error('the panel has no box')
    const viewport = page.viewportSize() ?? { width: 0, height: 0 }
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
    const corners = [
      [box.x + 2, box.y + 2],
      [box.x + box.width - 2, box.y + 2],
      [box.x + 2, box.y + box.height - 2],
      [box.x + box.width - 2, box.y + box.height - 2],
    ]
    for (const [x, y] of corners) {
      const hit = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('[role="group"]')?.id,
        [x, y],
      )
      expect(hit).toBe(await panel.getAttribute('id'))
    }
    await link.focus()
    expect(await marker.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.count()).toBe(0)
    expect(await marker.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(errors).toEqual([])
  })

  it('ignores unknown kinds and stray parameters', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await page.goto(
      site.url('/films/ballerina-2023/timeline?kind=bogus&x=%3Cscript%3Ealert(1)%3C/script%3E'),
    )
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Showing all 7 events.')
    expect(await eventCount(page)).toBe(7)
    expect(errors).toEqual([])
  })

  it('keeps the timeline and its filter links readable with JavaScript off', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false })
    try {
      const page = await noScript.context.newPage()
      await page.goto(site.url('/films/ballerina-2023/timeline'))
      expect(await eventCount(page)).toBe(7)
      const festival = page
        .getByRole('navigation', { name: 'Show events of one kind' })
        .getByRole('link', { name: /^Festival/ })
      expect(await festival.getAttribute('href')).toBe(
        '/films/ballerina-2023/timeline?kind=festival',
      )
    } finally {
      await noScript.close()
    }
  })

  it('fits a 360 px screen and looks right in light and dark at both widths', async () => {
    mkdirSync(shotsDir, { recursive: true })
    const views = [
      { name: 'film', path: '/films/ballerina-2023' },
      { name: 'timeline', path: '/films/ballerina-2023/timeline' },
      { name: 'sources', path: '/sources' },
    ]
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await browser.context.newPage()
        const errors = collectErrors(page)
        await page.setViewportSize({ width, height: width === 360 ? 800 : 900 })
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
        for (const view of views) {
          await page.goto(site.url(view.path))
          await page.waitForLoadState('networkidle')
          await renderWholePage(page)
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow, `${view.name} at ${width} px scrolls sideways`).toBe(0)
          await page.screenshot({
            path: `${shotsDir}/${view.name}-${width}-${colorScheme}.png`,
            fullPage: true,
          })
        }
        expect(errors).toEqual([])
        await page.close()
      }
    }
  }, 120_000)
})
