import { existsSync } from 'node:fs'
import type { CDPSession, Page } from 'playwright-core'
import { paths } from '../src/config/paths.ts'
import { featuredWorkSlug } from '../src/data/site.ts'
import { hasBrowser, launchBrowser, serveSite, type Site } from '../tools/chromium.ts'
import { ms, printTable, say } from './bench-output.ts'
import { laterPartsAttribute } from '../src/components/layout/later-parts.tsx'
import { stageSwap } from './navigation-floor.ts'
import { armProbe, probeDeadlineMs, readProbe, type ProbeSpec } from './navigation-probe.ts'
import {
  navigationHeaders,
  navigationRows,
  summarize,
  targetMs,
  type Measured,
} from './navigation-table.ts'

/*
 * Moving around the production build in Chromium (`BENCH=navigation npm run bench`): a link
 * from the film to a person, Back and Forward, a cast-filter keystroke and opening the search
 * palette, each at every CPU slowdown of `rates`, next to the plain page load (JavaScript off)
 * measured in the same run, which the moves between pages must beat by the factor; the
 * same click with the next screen ready and no app code, the floor under that factor; and how
 * soon a click whose page is slow to load shows the progress bar.
 * Figures, not a test.
 */

const rounds = 8
const rates = [1, 4]
const filmPath = paths.film(featuredWorkSlug)
const personPath = paths.person('jeon-jong-seo')
const castPath = paths.cast(featuredWorkSlug)
const filmTitle = 'Ballerina'
const personName = 'Jeon Jong-seo'
/** One key that narrows the cast list, so the keystroke always changes what is shown. */
const castKey = 'k'
/** The links to people in the shown page, not in a page kept or rendered ahead beside it. */
const shownPeopleLinks = 'main [data-page-layer="shown"] a[href*="/people/"]'
/** How long the pointer rests on a link before the click, as a reader's does. */
const hoverMs = 300
/** A reader's pause on a page before the next move, so each move starts from a settled page. */
const settleMs = 500

type Tab = { page: Page; cdp: CDPSession }

async function openTab(javaScriptEnabled: boolean, serviceWorkers: 'allow' | 'block' = 'allow') {
  const browser = await launchBrowser({ javaScriptEnabled, serviceWorkers })
  // tsx keeps function names through a `__name` helper that functions sent to the page call;
  // the page gets a stand-in (as text, so the stand-in is not wrapped itself).
  await browser.context.addInitScript({ content: 'window.__name = (target) => target' })
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 900 })
  const cdp = await browser.context.newCDPSession(page)
  return { browser, tab: { page, cdp } }
}

async function openHydrated({ page }: Tab, url: string) {
  await page.goto(url)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  // The idle prefetch of the links in view is part of arriving on a page; let it finish.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(settleMs)
}

/** Arms the probe, does the action, and returns the action-to-paint time in ms. */
async function timed(page: Page, spec: ProbeSpec, action: () => Promise<void> = async () => {}) {
  await page.evaluate(armProbe, spec)
  await action()
  const times = await page.evaluate(readProbe, probeDeadlineMs)
  return times.painted - times.started
}

async function restPointerOn(page: Page, selector: string) {
  await page.mouse.move(2, 2)
  await page.locator(selector).first().hover()
  await page.waitForTimeout(hoverMs)
}

async function click(page: Page) {
  await page.mouse.down()
  await page.mouse.up()
}

/** Film → person by its link, Back to the film, Forward to the person again. */
async function measureMoves(tab: Tab, site: Site, rate: number): Promise<Measured[]> {
  const link: number[] = []
  const back: number[] = []
  const forward: number[] = []
  const { page } = tab
  for (let round = 0; round < rounds; round++) {
    await openHydrated(tab, site.url(filmPath))
    await restPointerOn(page, `main a[href="${personPath}"]`)
    link.push(
      await timed(page, { start: 'click', until: { kind: 'h1', text: personName } }, () =>
        click(page),
      ),
    )
    await page.waitForTimeout(settleMs)
    back.push(await timed(page, { start: 'back', until: { kind: 'h1', text: filmTitle } }))
    await page.waitForTimeout(settleMs)
    forward.push(await timed(page, { start: 'forward', until: { kind: 'h1', text: personName } }))
  }
  return [
    {
      scenario: `film → person (link, after ${hoverMs} ms hover)`,
      rate,
      times: link,
      compared: true,
    },
    { scenario: 'Back: person → film', rate, times: back, compared: true },
    { scenario: 'Forward: film → person', rate, times: forward, compared: true },
  ]
}

/**
 * The same click with no app work at all: the person page's first screen, staged in the film page
 * before the click, hidden or already laid out, and swapped in by it (bench/navigation-floor.ts).
 * A page rendered by any means after the click does more than this, so the lower of the two
 * bounds the link's ratio.
 */
async function measureFloor(tab: Tab, site: Site, rate: number): Promise<Measured[]> {
  const { page, cdp } = tab
  const response = await fetch(site.url(personPath))
  if (!response.ok) throw new Error(`${personPath}: HTTP ${response.status}`)
  const html = await response.text()
  const measured: Measured[] = []
  for (const staging of ['hidden', 'laid out'] as const) {
    const times: number[] = []
    for (let round = 0; round < rounds; round++) {
      await openHydrated(tab, site.url(filmPath))
      await page.evaluate(stageSwap, { html, laterPartsAttribute, staging })
      // The parsed page is garbage now: collected here, not in the timed click.
      await cdp.send('HeapProfiler.collectGarbage')
      await restPointerOn(page, `main a[href="${personPath}"]`)
      times.push(
        await timed(page, { start: 'click', until: { kind: 'h1', text: personName } }, () =>
          click(page),
        ),
      )
    }
    const scenario = `floor: no app code, next screen ${staging}`
    measured.push({ scenario, rate, times, floor: true })
  }
  return measured
}

/** The first contentful paint of the page, polled from Node: the page itself runs no script. */
async function paintTime(page: Page): Promise<number> {
  for (let tries = 0; tries < 250; tries++) {
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    )
    if (fcp !== undefined) return fcp
    await page.waitForTimeout(20)
  }
  throw new Error('no first contentful paint')
}

/**
 * The same click with JavaScript off: the browser loads the person page as a document. Timed
 * from the new document's navigation start (the click's default action) to its first
 * contentful paint, as Chromium's paint timing reports it; the load event is kept beside it.
 */
async function measurePlainLoad(tab: Tab, site: Site, rate: number): Promise<Measured[]> {
  const paint: number[] = []
  const load: number[] = []
  const { page } = tab
  for (let round = 0; round <= rounds; round++) {
    await page.goto(site.url(filmPath))
    await page.waitForTimeout(settleMs)
    await restPointerOn(page, `main a[href="${personPath}"]`)
    await Promise.all([page.waitForURL(`**${personPath}`), click(page)])
    await page.waitForLoadState('load')
    const fcp = await paintTime(page)
    const loaded = await page.evaluate(
      () => performance.getEntriesByType('navigation')[0]?.toJSON() as { loadEventEnd: number },
    )
    // The first round fills the HTTP cache, as the app's rounds find it filled.
    if (round === 0) continue
    paint.push(fcp)
    load.push(loaded.loadEventEnd)
  }
  return [
    { scenario: 'plain page load, no JS: click → FCP', rate, times: paint, reference: true },
    { scenario: 'plain page load, no JS: click → load event', rate, times: load },
  ]
}

/** The most a click may go without visible feedback, however long its page takes to load. */
const feedbackWithinMs = 150
/** How long a person's payload is held back for the progress bar's rounds. */
const heldMs = 1000

/**
 * A click whose page's data is slow to come: from the click to the frame that shows the progress
 * bar (main marked busy). The link is the film page's last to a person, below the first screen,
 * so the prefetch of the links in view has not fetched it; its payload is held back. In a browser
 * of its own without the service worker, which would serve the payload from its cache.
 */
async function measurePendingBar(site: Site, rate: number): Promise<Measured[]> {
  const times: number[] = []
  const { browser, tab } = await openTab(true, 'block')
  const { page } = tab
  await tab.cdp.send('Emulation.setCPUThrottlingRate', { rate })
  await page.route('**/api/people/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, heldMs))
    await route.continue()
  })
  try {
    for (let round = 0; round < rounds; round++) {
      await openHydrated(tab, site.url(filmPath))
      const link = page.locator(shownPeopleLinks).last()
      const name = (await link.textContent())?.trim() ?? ''
      await link.scrollIntoViewIfNeeded()
      await page.waitForTimeout(settleMs)
      await link.hover()
      times.push(await timed(page, { start: 'click', until: { kind: 'busy' } }, () => click(page)))
      await page.locator('main h1', { hasText: name }).waitFor()
    }
  } finally {
    await browser.close()
  }
  return [
    {
      scenario: `progress bar: click, payload held ${heldMs} ms`,
      rate,
      times,
      withinMs: feedbackWithinMs,
    },
  ]
}

/** One character typed into the cast filter, to the frame after the list changed. */
async function measureCastKeystroke(tab: Tab, site: Site, rate: number): Promise<Measured[]> {
  const times: number[] = []
  const { page } = tab
  await openHydrated(tab, site.url(castPath))
  const box = page.locator('input[name="q"]')
  const people = page.locator(shownPeopleLinks)
  const everyone = await people.count()
  for (let round = 0; round < rounds; round++) {
    await box.focus()
    const until = { kind: 'people-links-not', count: everyone } as const
    times.push(await timed(page, { start: 'input', until }, () => page.keyboard.press(castKey)))
    await page.keyboard.press('Backspace')
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector).length === count,
      [shownPeopleLinks, everyone] as const,
    )
    await page.waitForTimeout(settleMs)
  }
  return [{ scenario: `cast filter: type "${castKey}"`, rate, times }]
}

/** "/" on the film page to the palette's search box shown and focused: first open, then later. */
async function measurePalette(tab: Tab, site: Site, rate: number): Promise<Measured[]> {
  const first: number[] = []
  const later: number[] = []
  const { page } = tab
  for (let round = 0; round < rounds; round++) {
    await openHydrated(tab, site.url(filmPath))
    for (const opens of [first, later]) {
      await page.mouse.click(2, 2)
      opens.push(
        await timed(page, { start: 'keydown', until: { kind: 'palette' } }, () =>
          page.keyboard.press('/'),
        ),
      )
      await page.keyboard.press('Escape')
      await page.locator('dialog[open]').waitFor({ state: 'detached' })
      await page.waitForTimeout(settleMs)
    }
  }
  return [
    { scenario: 'palette: first open (loads its code)', rate, times: first },
    { scenario: 'palette: later open', rate, times: later },
  ]
}

/**
 * Slows the tab about to be measured and lets the others run at full speed: on a two-core
 * machine an idle browser held slowed still slows the measured one several times over, which a
 * phone running one browser never sees.
 */
async function slowOnly(measured: Tab | null, idle: Tab[], rate: number) {
  for (const tab of idle) await tab.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await measured?.cdp.send('Emulation.setCPUThrottlingRate', { rate })
}

export async function run(): Promise<void> {
  if (!hasBrowser || !existsSync('dist/index.html')) {
    say('\nNavigation: skipped (needs Chromium and a build in dist/: npm run build).')
    return
  }
  const site = await serveSite()
  const app = await openTab(true)
  const plain = await openTab(false)
  const measured: Measured[] = []
  try {
    for (const rate of rates) {
      console.log(`Navigation at ${rate}× CPU…`)
      await slowOnly(plain.tab, [app.tab], rate)
      measured.push(...(await measurePlainLoad(plain.tab, site, rate)))
      await slowOnly(app.tab, [plain.tab], rate)
      measured.push(...(await measureMoves(app.tab, site, rate)))
      measured.push(...(await measureFloor(app.tab, site, rate)))
      measured.push(...(await measureCastKeystroke(app.tab, site, rate)))
      measured.push(...(await measurePalette(app.tab, site, rate)))
      // The bar is measured in a browser of its own, which slows itself.
      await slowOnly(null, [app.tab, plain.tab], rate)
      measured.push(...(await measurePendingBar(site, rate)))
    }
  } finally {
    await app.browser.close()
    await plain.browser.close()
    await site.close()
  }
  // Each scenario's rates side by side.
  const order = [...new Set(measured.map((entry) => entry.scenario))]
  measured.sort((a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario) || a.rate - b.rate)
  printTable({
    title:
      'Navigation in Chromium, production build on the local static server, CPU throttled ' +
      `through CDP (only the browser being measured): ${rounds} rounds each, from the input ` +
      'event to the frame painted',
    headers: navigationHeaders,
    rows: navigationRows(measured),
  })
  say(
    "The plain load runs from the new document's navigation start to its first contentful " +
      'paint; the moves and the keystrokes from the input event to the frame after the change; ' +
      'the progress bar from the click to the frame that shows it, every round within the ' +
      'target. The floor is the same click with the next screen built before it (hidden, or ' +
      'laid out and transparent) and swapped in with no app code; its lower median is the ' +
      "floor below. The plain load's end, Chromium's paint timing, is when the frame is " +
      "presented, later than the frame's end on the main thread that ends the others.",
  )
  for (const rate of rates) {
    const atRate = measured.filter((m) => m.rate === rate)
    const link = atRate.find((m) => m.compared)
    const reference = atRate.find((m) => m.reference)
    const floors = atRate.filter((m) => m.floor).map((m) => summarize(m.times).median)
    if (!link || !reference || floors.length === 0) continue
    say(
      `At ${rate}×: plain load ${ms(summarize(reference.times).median)} ms, so the target ` +
        `allows ${ms(targetMs(reference.times))} ms; link ${ms(summarize(link.times).median)} ` +
        `ms; floor ${ms(Math.min(...floors))} ms.`,
    )
  }
}
