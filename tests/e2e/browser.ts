import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import type { StaticServerOptions } from '../../scripts/static-server'
import {
  chromiumPath,
  launchBrowser,
  noChromiumHelp,
  serveSite,
  type Browser,
  type Site,
} from '../../tools/chromium'

export { hasBrowser, launchBrowser, serveSite, siteOn } from '../../tools/chromium'
export type { Browser, Site } from '../../tools/chromium'

/*
 * Browser tests drive Debian's Chromium (tools/chromium.ts). Without a Chromium they are skipped
 * with instructions, except under CI, where a missing browser is a failure.
 */

if (!chromiumPath) {
  const help = `${noChromiumHelp}\nThe browser tests need it.`
  if (process.env.CI) throw new Error(help)
  console.warn(`${help}\nSkipping the browser tests.`)
}

/** The page's main heading, which every page has and a navigation changes first. */
export function h1(page: Page) {
  return page.getByRole('heading', { level: 1 })
}

/** The page shown in `<main>`, without the pages kept or rendered ahead beside it. */
export function shownPage(page: Page) {
  return page.locator('main [data-page-layer="shown"]')
}

/** The pages rendered ahead of a click, hidden beside the shown one. */
export function pagesAhead(page: Page) {
  return page.locator('main [data-page-layer="ahead"]')
}

/** The page just left, kept hidden beside the shown one for Back or Forward. */
export function pagesKept(page: Page) {
  return page.locator('main [data-page-layer="kept"]')
}

/** The attribute a test puts on a page's element, to find that very element later. */
const pageMark = 'data-test-mark'

/** Marks a page's element (kept or ahead), so that a test can tell it is shown later, not redrawn. */
export function markPage(layer: Locator) {
  return layer.evaluate((element, mark) => element.setAttribute(mark, ''), pageMark)
}

/** Whether a page's element (shown, kept or ahead) is the one `markPage` marked. */
export function isMarkedPage(layer: Locator) {
  return layer.evaluate((element, mark) => element.hasAttribute(mark), pageMark)
}

/** How many elements in `<main>` carry the mark. */
export function markedPageCount(page: Page) {
  return page.locator(`main [${pageMark}]`).count()
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
 * The errors left once Chromium's own line about a 404 response is dropped: a not-found page is
 * served with status 404 by design, and the browser logs that as a failed resource.
 */
export function besidesNotFoundStatus(errors: string[]): string[] {
  return errors.filter((error) => !/status of 404/.test(error))
}

/**
 * Serves the built site and opens a browser for the tests of the calling `describe` block,
 * closing both after them. The returned objects stand for the ones opened in `beforeAll`.
 */
export function useSiteInBrowser(
  options: {
    site?: Partial<StaticServerOptions>
    javaScriptEnabled?: boolean
    /** 'block' for tests of what happens when the network fails without the offline copy. */
    serviceWorkers?: 'allow' | 'block'
  } = {},
): { browser: Browser; site: Site } {
  let openBrowser: Browser | undefined
  let openSite: Site | undefined
  beforeAll(async () => {
    openSite = await serveSite(options.site)
    openBrowser = await launchBrowser({
      javaScriptEnabled: options.javaScriptEnabled,
      serviceWorkers: options.serviceWorkers,
    })
  })
  afterAll(async () => {
    await openBrowser?.close()
    // A test may have closed the site already, to cut the network.
    await openSite?.close().catch(() => undefined)
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
