import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pngSize } from '../../build/og-images'
import { linksInViewLimit } from '../../src/routes/prefetch'
import {
  besidesNotFoundStatus,
  type Browser,
  collectErrors,
  h1,
  hasBrowser,
  launchBrowser,
  openHydrated,
  serveSite,
  shownPage,
  pagesAhead,
  pagesKept,
  markPage,
  isMarkedPage,
  markedPageCount,
  siteOn,
  type Site,
  useSiteInBrowser,
} from './browser'

/*
 * The built site on a plain static host: no rewrites, `_headers` applied (so the strict CSP is
 * on), at the root (`npm run build` → dist/) and under a sub-path (`npm run build:sub` → dist-sub/,
 * built with BASE_PATH=/explorer/ and SITE_URL=https://example.org).
 */

const film = '/api/works/ballerina-2023.json'
const pageKinds = [
  { path: '/', heading: 'Ballerina', payload: film },
  { path: '/films/ballerina-2023', heading: 'Ballerina', payload: film },
  { path: '/films/ballerina-2023/cast', heading: /cast/i, payload: film },
  { path: '/films/ballerina-2023/timeline', heading: /timeline/i, payload: film },
  {
    path: '/people/jeon-jong-seo',
    heading: 'Jeon Jong-seo',
    payload: '/api/people/jeon-jong-seo.json',
  },
  { path: '/sources', heading: /sources/i, payload: '/api/sources.json' },
  {
    path: '/sources/sayart-2023-10-11',
    heading: /Ballerina/,
    payload: '/api/sources/sayart-2023-10-11.json',
  },
  // The search page has no payload of its own: its shards load only once the reader types.
  { path: '/search', heading: /search/i, notFetched: '/api/search/' },
  // GitHub Pages and S3 redirect /people/x to /people/x/: the same file must hydrate there too.
  { path: '/people/kim-ji-hoon/', heading: 'Kim Ji-hoon', payload: '/api/people/kim-ji-hoon.json' },
]

/** Records CSP violations from the first byte on (init scripts are exempt from the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  })
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
}

/** Payload requests (api/*.json) the page makes, as paths. */
function watchPayloads(page: Page): string[] {
  const requested: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (/\/api\/.+\.json$/.test(pathname)) requested.push(pathname)
  })
  return requested
}

/** True once React owns #root: hydrateRoot/createRoot mark the container. */
async function waitForReact(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root')
    return Boolean(root && Object.keys(root).some((key) => key.startsWith('__reactContainer')))
  })
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''))
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>)
}

async function meta(page: Page, selector: string): Promise<string | null> {
  return page.locator(`head ${selector}`).first().getAttribute('content')
}

/**
 * Records the page's layout shifts from its first byte, each with what moved, so a failure names
 * the elements and not only a score; the returned function reads them.
 */
async function watchShifts(page: Page): Promise<() => Promise<unknown[]>> {
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = []
    Object.assign(window, { __layoutShifts: shifts })
    type Shift = { value: number; sources: { node?: Node | null }[] }
    const nameOf = (node: Node | null | undefined) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`
        : String(node?.nodeName)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[])
        shifts.push({ value: entry.value, moved: entry.sources.map((s) => nameOf(s.node)) })
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () =>
    page.evaluate(() => (window as unknown as { __layoutShifts: unknown[] }).__layoutShifts)
}

/** Where a page tells the server holding back the rest of its HTML that it has drawn the part before. */
const shownPath = '/__shown'
/** How long that server waits for the page to say so before sending the rest anyway. */
const holdLimitMs = 2000

/**
 * Watches a page whose HTML is held back before `held`: once `shown`, the last element before the
 * hold, is in the document and a frame has been drawn with it, the page requests `shownPath` from
 * its own origin. The returned function reads when that frame was drawn and when `held` arrived,
 * both in ms since the page's start.
 */
async function watchHeldPart(
  page: Page,
  selectors: { shown: string; held: string },
): Promise<() => Promise<{ drawn: number; arrived: number }>> {
  await page.addInitScript(
    ({ shown, held, reportTo }) => {
      const seen = { drawn: Number.NaN, arrived: Number.NaN }
      Object.assign(window, { __heldPart: seen })
      let shownFound = false
      const observer = new MutationObserver(() => {
        if (!shownFound && document.querySelector(shown)) {
          shownFound = true
          // The second callback runs in the frame after the one that drew `shown`.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              seen.drawn = performance.now()
              void fetch(reportTo)
            }),
          )
        }
        if (!document.querySelector(held)) return
        seen.arrived = performance.now()
        observer.disconnect()
      })
      observer.observe(document, { childList: true, subtree: true })
    },
    { ...selectors, reportTo: shownPath },
  )
  return () =>
    page.evaluate(
      () => (window as unknown as { __heldPart: { drawn: number; arrived: number } }).__heldPart,
    )
}

/**
 * The site as a slow connection delivers it: `path`'s HTML comes in the current two `pieces`, the
 * second only once the page has said it drew the first (`watchHeldPart`) or after `holdLimitMs`;
 * everything else is passed through from `site`.
 */
async function serveInPieces(
  site: Site,
  path: string,
  pieces: () => [string, string],
): Promise<Site> {
  let releaseRest = () => {}
  const server = createServer((request, response) => {
    void (async () => {
      if (request.url === shownPath) {
        releaseRest()
        response.writeHead(204).end()
        return
      }
      if (request.url === path) {
        const [first, rest] = pieces()
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        response.write(first)
        let limit: NodeJS.Timeout | undefined
        await new Promise<void>((resolve) => {
          releaseRest = resolve
          limit = setTimeout(resolve, holdLimitMs)
        })
        clearTimeout(limit)
        response.end(rest)
        return
      }
      const upstream = await fetch(site.url(request.url ?? '/'))
      const type = upstream.headers.get('content-type')
      response.writeHead(upstream.status, type ? { 'content-type': type } : {})
      response.end(Buffer.from(await upstream.arrayBuffer()))
    })().catch(() => response.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return siteOn(server)
}

describe.skipIf(!hasBrowser)('static hosting at the site root', () => {
  const { browser, site } = useSiteInBrowser({ site: { useHeadersFile: true } })

  it('opens every kind of page from a deep link, hydrated, without fetching its data or any error', async () => {
    for (const { path, heading, payload, notFetched } of pageKinds) {
      const page = await browser.context.newPage()
      const errors = collectErrors(page)
      const violations = await watchCsp(page)
      const payloads = watchPayloads(page)
      const response = await page.goto(site.url(path))
      expect(response?.status(), path).toBe(200)
      await waitForReact(page)
      await expect.poll(() => h1(page).textContent(), { message: path }).toMatch(heading)
      expect(errors, `console errors on ${path}`).toEqual([])
      expect(await violations(), `CSP violations on ${path}`).toEqual([])
      // The page carries its own data; what it fetches, once idle, is a few links' pages ahead.
      if (payload) {
        expect(payloads, `own payload fetched on first visit of ${path}`).not.toContain(payload)
      }
      if (notFetched) {
        const under = payloads.filter((fetched) => fetched.includes(notFetched))
        expect(under, `${notFetched} fetched on first visit of ${path}`).toEqual([])
      }
      expect(new Set(payloads).size, `payloads fetched ahead on ${path}`).toBe(payloads.length)
      expect(payloads.length, `payloads fetched ahead on ${path}`).toBeLessThanOrEqual(
        linksInViewLimit,
      )
      await page.close()
    }
  })

  it('fetches the next page’s payload once on a client-side navigation, and its own never', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const violations = await watchCsp(page)
    const payloads = watchPayloads(page)
    await page.goto(site.url('/people/jeon-jong-seo'))
    await waitForReact(page)
    await page.locator('main a[href="/films/the-call-2020"]').first().click()
    await expect.poll(() => h1(page).textContent()).toBe('The Call')
    expect(new URL(page.url()).pathname).toBe('/films/the-call-2020')
    expect(payloads.filter((path) => path === '/api/works/the-call-2020.json')).toHaveLength(1)
    expect(payloads).not.toContain('/api/people/jeon-jong-seo.json')
    expect(await page.title()).toContain('The Call')
    expect(errors).toEqual([])
    expect(await violations()).toEqual([])
  })

  it('fetches ahead, once idle, the pages of links on the first screen and none below it', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const payloads = watchPayloads(page)
    await page.setViewportSize({ width: 1280, height: 800 })
    await openHydrated(page, site.url('/films/ballerina-2023'))
    const personPayloads = (onScreen: boolean) =>
      page.evaluate((onScreen) => {
        const paths = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/people/"]')]
          .filter((link) => {
            const box = link.getBoundingClientRect()
            return (box.bottom > 0 && box.top < window.innerHeight) === onScreen
          })
          .map((link) => `/api${new URL(link.href).pathname}.json`)
        return [...new Set(paths)]
      }, onScreen)
    const shown = await personPayloads(true)
    expect(shown.length, 'person links on the first screen').toBeGreaterThan(0)
    await expect.poll(() => shown.filter((payload) => payloads.includes(payload))).not.toEqual([])
    const below = (await personPayloads(false)).filter((payload) => !shown.includes(payload))
    expect(payloads.filter((payload) => below.includes(payload))).toEqual([])
    expect(payloads.length).toBeLessThanOrEqual(linksInViewLimit)
    expect(errors).toEqual([])
    await page.close()
  })

  it('fetches a link’s page when the pointer rests on it, so the click fetches nothing', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const payloads = watchPayloads(page)
    await page.setViewportSize({ width: 1280, height: 800 })
    await openHydrated(page, site.url('/films/ballerina-2023'))
    // Far below the first screen, so only the pointer, not the idle look at what is in view,
    // can fetch its page.
    const link = shownPage(page).locator('a[href^="/people/"]').last()
    const slug = ((await link.getAttribute('href')) ?? '').split('/')[2]
    const payload = `/api/people/${slug}.json`
    await page.waitForTimeout(1000)
    expect(payloads).not.toContain(payload)
    await link.hover()
    await expect.poll(() => payloads.includes(payload)).toBe(true)
    const fetched = payloads.length
    await link.click()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/people/${slug}`)
    await expect.poll(() => h1(page).textContent()).toBeTruthy()
    expect(payloads).toHaveLength(fetched)
    expect(payloads.filter((path) => path === payload)).toHaveLength(1)
    expect(errors).toEqual([])
    await page.close()
  })

  /**
   * The film page at desktop width, once idle: the prefetcher, which asks for pages ahead, is on,
   * with the layers that keep pages left.
   */
  async function openFilmPageIdle() {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    await page.setViewportSize({ width: 1280, height: 800 })
    await openHydrated(page, site.url('/films/ballerina-2023'))
    await page.waitForLoadState('networkidle')
    return { page, errors }
  }

  it('renders a link’s page ahead while the pointer rests on it, and shows that very page on the click', async () => {
    const { page, errors } = await openFilmPageIdle()
    const link = page.locator('main a[href="/people/jeon-jong-seo"]').first()
    await link.hover()
    const ahead = pagesAhead(page)
    await expect.poll(() => ahead.locator('h1').allTextContents()).toEqual(['Jeon Jong-seo'])
    // Out of sight and out of reach (a pointer over it, at the top of the document, finds the
    // shown page), and not in the document's title.
    await page.mouse.move(1, 1)
    await page.evaluate(() => window.scrollTo(0, 0))
    expect(
      await ahead.evaluate((layer) => {
        const box = layer.getBoundingClientRect()
        const hit = document.elementFromPoint(box.x + 20, box.y + 20)
        return [
          getComputedStyle(layer).opacity,
          (layer as HTMLElement).inert,
          layer.getAttribute('aria-hidden'),
          box.y === 0 && box.height > 20 && Boolean(hit && !layer.contains(hit)),
        ]
      }),
    ).toEqual(['0', true, 'true', true])
    expect(await h1(page).allTextContents()).toEqual(['Ballerina'])
    expect(await page.title()).toBe('Ballerina · Ballerina Explorer')
    // A mark on the element rendered ahead, to find it again after the click.
    await markPage(ahead)

    await link.hover()
    await page.mouse.down()
    await page.mouse.up()
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    // The film page is kept beside it, for Back.
    const layers = shownPage(page)
    expect(await layers.count()).toBe(1)
    expect(await isMarkedPage(layers)).toBe(true)
    expect(
      await layers.evaluate((layer) => [
        layer.getAttribute('data-page-layer'),
        getComputedStyle(layer).opacity,
      ]),
    ).toEqual(['shown', '1'])
    expect(new URL(page.url()).pathname).toBe('/people/jeon-jong-seo')
    expect(await page.title()).toMatch(/^Jeon Jong-seo · /)
    // Live, and focus on its heading, once the frame that shows it is painted.
    await expect.poll(() => layers.evaluate((layer) => (layer as HTMLElement).inert)).toBe(false)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Jeon Jong-seo')

    // The page shown this way follows its own address, as any page does.
    const roles = page.getByRole('navigation', { name: 'Filter the filmography by role' })
    await roles.getByRole('link', { name: /^Cast/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('role')).toBe('cast')
    await expect.poll(() => roles.locator('[aria-current="true"]').textContent()).toContain('Cast')
    expect(await markedPageCount(page)).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps the page just left, out of sight and reach, and shows that very page, where it was left, on Back and Forward', async () => {
    const { page, errors } = await openFilmPageIdle()
    // At the end of the film page, whose sections below the first screen a move renders later
    // and lays out only when near: Back must find them where they were.
    await page.waitForFunction(() => history.scrollRestoration === 'manual')
    const atEnd = () =>
      page.evaluate(() => window.scrollY + window.innerHeight >= document.body.scrollHeight - 1)
    for (let turn = 0; turn < 40 && !(await atEnd()); turn++) await page.mouse.wheel(0, 400)
    const scrolled = await page.evaluate(() => window.scrollY)
    expect(scrolled).toBeGreaterThan(1000)
    const sources = page.getByRole('region', { name: 'Sources', exact: true })
    const sourcesTop = () => sources.evaluate((element) => element.getBoundingClientRect().top)
    const top = await sourcesTop()
    await sources.getByRole('link', { name: 'What it supports' }).first().click()
    await expect.poll(() => h1(page).textContent()).not.toBe('Ballerina')
    const sourceHeading = await h1(page).textContent()
    const sourceHeight = await page.evaluate(() => document.body.scrollHeight)

    const kept = pagesKept(page)
    expect(await kept.locator('h1').allTextContents()).toEqual(['Ballerina'])
    // Out of sight, of the accessibility tree and of the pointer: the shorter page keeps its own
    // height, place and title, and a pointer where the film page's heading was finds this page.
    expect(await kept.locator('h1').isVisible()).toBe(false)
    expect(await h1(page).allTextContents()).toEqual([sourceHeading])
    expect(await page.evaluate(() => [document.body.scrollHeight, window.scrollY])).toEqual([
      sourceHeight,
      0,
    ])
    expect(await page.title()).not.toBe('Ballerina · Ballerina Explorer')
    expect(await page.locator('title').count()).toBe(1)
    expect(
      await page.evaluate(() => {
        const hit = document.elementFromPoint(100, 150)
        return Boolean(hit?.closest('[data-page-layer="shown"]'))
      }),
    ).toBe(true)
    // And of focus: its links refuse it.
    expect(
      await kept.locator('a[href]').evaluateAll((links) =>
        links.some((link) => {
          ;(link as HTMLElement).focus()
          return document.activeElement === link
        }),
      ),
    ).toBe(false)
    await markPage(kept)

    await page.goBack()
    await expect.poll(() => h1(page).textContent()).toBe('Ballerina')
    expect(await isMarkedPage(shownPage(page))).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
    expect(await sourcesTop()).toBeCloseTo(top, 0)
    expect(await page.title()).toBe('Ballerina · Ballerina Explorer')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ballerina')

    // And the page left by Back, for Forward.
    expect(await pagesKept(page).locator('h1').allTextContents()).toEqual([sourceHeading])
    await markPage(pagesKept(page))
    await page.goForward()
    await expect.poll(() => h1(page).textContent()).toBe(sourceHeading)
    expect(await isMarkedPage(shownPage(page))).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    expect(await shownPage(page).count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps the page to go back to through moves within the page, such as a filter', async () => {
    const { page, errors } = await openFilmPageIdle()
    await page.locator('main a[href="/people/jeon-jong-seo"]').first().click()
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    expect(await pagesKept(page).locator('h1').allTextContents()).toEqual(['Ballerina'])
    await markPage(pagesKept(page))

    const roles = page.getByRole('navigation', { name: 'Filter the filmography by role' })
    await roles.getByRole('link', { name: /^Cast/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('role')).toBe('cast')
    expect(await pagesKept(page).count()).toBe(1)
    expect(await isMarkedPage(pagesKept(page))).toBe(true)

    await page.goBack()
    await expect.poll(() => new URL(page.url()).searchParams.get('role')).toBeNull()
    await page.goBack()
    await expect.poll(() => h1(page).textContent()).toBe('Ballerina')
    expect(await isMarkedPage(shownPage(page))).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the page kept on a link back to it, as it was', async () => {
    const { page, errors } = await openFilmPageIdle()
    await page.keyboard.press('End')
    await page.waitForFunction(() => window.scrollY > 0)
    await shownPage(page).locator('a[href="/people/jeon-jong-seo"]').first().click()
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    await markPage(pagesKept(page))

    // The pointer rests on a link to another page, which is rendered ahead, then on the link
    // back: the page kept is not rendered ahead a second time.
    const headingsAhead = () => pagesAhead(page).locator('h1').allTextContents()
    await shownPage(page).locator('a[href="/films/the-call-2020"]').first().hover()
    await expect.poll(headingsAhead).toEqual(['The Call'])
    const link = shownPage(page).locator('a[href="/films/ballerina-2023"]').first()
    await link.hover()
    await page.waitForTimeout(500)
    expect(await headingsAhead()).toEqual(['The Call'])
    await link.click()
    await expect.poll(() => h1(page).textContent()).toBe('Ballerina')
    expect(await isMarkedPage(shownPage(page))).toBe(true)
    expect(new URL(page.url()).pathname).toBe('/films/ballerina-2023')
    // A link starts at the top, wherever the page was left.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ballerina')
    expect(errors).toEqual([])
    await page.close()
  })

  it('does not move the page when the app takes over, at phone width', async () => {
    for (const path of [
      '/films/ballerina-2023',
      '/films/ballerina-2023/cast',
      '/people/jeon-jong-seo',
    ]) {
      const page = await browser.context.newPage()
      await page.setViewportSize({ width: 412, height: 823 })
      const shifts = await watchShifts(page)
      await openHydrated(page, site.url(path))
      // The parts that load after hydration (Share, the notices) replace their placeholders.
      await page.waitForLoadState('networkidle')
      expect(await shifts(), path).toEqual([])
      await page.close()
    }
  })

  it('keeps the cast filters still while their HTML is still arriving', async () => {
    // A slow connection lets the browser paint the filters before it has read all of them;
    // what comes later must not resize the columns already shown.
    const path = '/films/ballerina-2023/cast'
    const html = readFileSync('dist/films/ballerina-2023/cast/index.html', 'utf8')
    // Stacked below 24rem, two columns, the wider two-column layout and the one-row layout.
    const widths = [360, 412, 768, 1280]
    // Each hold comes just before the start tag `tag` of the element whose markup holds `holds`,
    // `held` being that element and `shown` the last one before it.
    const cuts = [
      {
        tag: '<label',
        holds: 'value="crew"',
        held: 'input[value="crew"]',
        shown: 'input[value="cast"]',
      },
      {
        tag: '<label',
        holds: 'for="cast-sort"',
        held: 'label[for="cast-sort"]',
        shown: 'input[value="crew"]',
      },
      { tag: '<option', holds: 'value="billing"', held: '#cast-sort option', shown: '#cast-sort' },
      {
        tag: '<button',
        holds: 'type="submit"',
        held: 'form[role="search"] button[type="submit"]',
        shown: '#cast-sort option[value="name"]',
      },
    ]
    let pieces: [string, string] = ['', '']
    const slow = await serveInPieces(site, path, () => pieces)
    // Without a service worker, which would answer a later round from its cache in one piece.
    const own = await launchBrowser({ serviceWorkers: 'block' })
    try {
      for (const { tag, holds, held, shown } of cuts) {
        const heldAt = html.indexOf(holds)
        expect(heldAt, holds).toBeGreaterThan(0)
        const cut = html.lastIndexOf(tag, heldAt)
        expect(cut, `${tag} before ${holds}`).toBeGreaterThan(0)
        pieces = [html.slice(0, cut), html.slice(cut)]
        for (const width of widths) {
          const page = await own.context.newPage()
          await page.setViewportSize({ width, height: 823 })
          const shifts = await watchShifts(page)
          const heldPart = await watchHeldPart(page, { shown, held })
          await openHydrated(page, slow.url(path))
          const where = `${width} px, HTML held before the ${tag}> holding ${holds}`
          // The round tests something only if a frame showed the first piece before the rest came.
          const { drawn, arrived } = await heldPart()
          expect(drawn, `${shown} drawn, ${where}`).toBeLessThan(arrived)
          expect(await shifts(), where).toEqual([])
          await page.close()
        }
      }
    } finally {
      await own.close()
      await slow.close()
    }
  })

  it('sends a strict CSP that allows exactly the inlined CSS and loader, and long-caches hashed assets', async () => {
    const page = await browser.context.newPage()
    const response = await page.goto(site.url('/films/ballerina-2023'))
    const headers = response?.headers() ?? {}
    const policy = headers['content-security-policy'] ?? ''
    const sha256 = (text: string | null) =>
      `'sha256-${createHash('sha256')
        .update(text ?? '', 'utf8')
        .digest('base64')}'`
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate')

    // The stylesheet is inlined (no render-blocking request) and its hash is in style-src.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0)
    const css = await page.locator('head style').first().textContent()
    expect(policy).toContain(`style-src 'self' ${sha256(css)};`)

    // Likewise the loader, the page's only script: the policy allows it and no other inline code.
    const loader = page.locator('script[type="module"]')
    expect(await loader.count()).toBe(1)
    expect(await loader.getAttribute('src')).toBeNull()
    expect(policy).toContain(`script-src 'self' ${sha256(await loader.textContent())};`)

    // The app it starts, after the first paint, comes from long-cached hashed files.
    await page.waitForSelector('html[data-hydrated]')
    const modules = await page.locator('meta[name="app-modules"]').getAttribute('content')
    const entry = modules?.split(' ').at(-1) ?? ''
    const asset = await page.request.get(new URL(entry, page.url()).href)
    expect(asset.status()).toBe(200)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    const payload = await page.request.get(site.url('/api/works/ballerina-2023.json'))
    expect(payload.headers()['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect((await page.request.get(site.url('/_headers'))).status()).toBe(404)
  })

  it('requests no code until the page has painted, then starts the app', async () => {
    const page = await browser.context.newPage()
    await page.goto(site.url('/people/jeon-jong-seo'))
    await page.waitForSelector('html[data-hydrated]')
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      return {
        firstContentfulPaint: paint?.startTime ?? Number.NaN,
        scriptStarts: scripts.map((entry) => entry.startTime),
      }
    })
    // The stack, the app and the person route's own chunk.
    expect(timing.scriptStarts.length).toBeGreaterThanOrEqual(3)
    expect(Math.min(...timing.scriptStarts)).toBeGreaterThan(timing.firstContentfulPaint)
  })

  it('describes each page with meta tags and parseable JSON-LD', async () => {
    const page = await browser.context.newPage()
    await page.goto(site.url('/films/ballerina-2023'))
    expect(await page.title()).toBe('Ballerina · Ballerina Explorer')
    expect(await meta(page, 'meta[name="description"]')).toMatch(/Ok-ju/)
    expect(await meta(page, 'meta[property="og:type"]')).toBe('video.movie')
    expect(await meta(page, 'meta[property="og:title"]')).toBe('Ballerina')
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image')
    // Without SITE_URL the build cannot know its host: no canonical, host-relative OG URLs.
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0)
    expect(await meta(page, 'meta[property="og:image"]')).toBe('/og/works/ballerina-2023.png')
    const [movie, breadcrumbs] = await jsonLd(page)
    expect(movie).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Ballerina',
      datePublished: '2023-10-06',
      director: [{ '@type': 'Person', name: 'Lee Chung-hyun' }],
    })
    expect(movie?.actor).toContainEqual(
      expect.objectContaining({ '@type': 'PerformanceRole', characterName: 'Ok-ju' }),
    )
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' })

    await page.goto(site.url('/people/jeon-jong-seo'))
    expect(await meta(page, 'meta[property="og:type"]')).toBe('profile')
    expect(await meta(page, 'meta[name="description"]')).toMatch(/South Korean actress/)
    const [person, trail] = await jsonLd(page)
    expect(person).toMatchObject({ '@type': 'Person', name: 'Jeon Jong-seo' })
    expect(person?.alternateName).toContain('전종서')
    expect(trail).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Ballerina Explorer' },
        { position: 2, name: 'Jeon Jong-seo' },
      ],
    })
  })

  it('serves a 1200×630 PNG preview image for work and person pages', async () => {
    const page = await browser.context.newPage()
    for (const path of ['/people/jeon-jong-seo', '/films/ballerina-2023', '/sources']) {
      await page.goto(site.url(path))
      const image = await meta(page, 'meta[property="og:image"]')
      const response = await page.request.get(new URL(image ?? '', page.url()).href)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type']).toBe('image/png')
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 })
    }
  })

  it('shows the not-found view from 404.html at any depth, without a hydration error', async () => {
    const paths = [
      '/people/nobody-at-all',
      '/sources/no-such-source',
      '/films/ballerina-2023/cast/extra/deep',
    ]
    for (const path of paths) {
      const page = await browser.context.newPage()
      const errors = collectErrors(page)
      const violations = await watchCsp(page)
      const response = await page.goto(site.url(path))
      expect(response?.status()).toBe(404)
      await expect.poll(() => h1(page).textContent()).toBe('Page not found')
      expect(await page.title()).toBe('Page not found · Ballerina Explorer')
      // Chromium logs the 404 of the document itself; nothing else may fail.
      expect(besidesNotFoundStatus(errors)).toEqual([])
      expect(await violations()).toEqual([])
      await page.close()
    }
  })
})

describe.skipIf(!hasBrowser)('static hosting without JavaScript', () => {
  const { browser, site } = useSiteInBrowser({
    site: { useHeadersFile: true },
    javaScriptEnabled: false,
  })

  it('reads every prerendered page and follows its links', async () => {
    const page = await browser.context.newPage()
    for (const { path, heading } of pageKinds.slice(1, 5)) {
      await page.goto(site.url(path))
      await expect.poll(() => h1(page).textContent(), { message: path }).toMatch(heading)
      expect(await page.locator('main').innerText()).not.toBe('')
    }
    await page.goto(site.url('/films/ballerina-2023/cast'))
    await page.locator('main a[href="/people/jeon-jong-seo"]').first().click()
    await page.waitForURL(/\/people\/jeon-jong-seo$/)
    await expect.poll(() => h1(page).textContent()).toBe('Jeon Jong-seo')
    await shownPage(page).locator('a[href="/films/the-call-2020"]').first().click()
    await page.waitForURL(/\/films\/the-call-2020$/)
    await expect.poll(() => h1(page).textContent()).toBe('The Call')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Timeline' })
      .click()
    await page.waitForURL(/\/films\/ballerina-2023\/timeline$/)
    await expect.poll(() => h1(page).textContent()).toMatch(/timeline/i)
  })
})

describe.skipIf(!hasBrowser)('static hosting under a sub-path (/explorer/)', () => {
  let browser: Browser
  let site: Site
  beforeAll(async () => {
    if (!existsSync('dist-sub/index.html')) {
      throw new Error('No sub-path build: run `npm run build:sub` (npm run test:browser does).')
    }
    site = await serveSite({ root: 'dist-sub', base: '/explorer/', useHeadersFile: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('opens a deep link, hydrates and navigates with every URL under the base', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const violations = await watchCsp(page)
    const payloads = watchPayloads(page)
    const outside: string[] = []
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (!pathname.startsWith('/explorer/')) outside.push(pathname)
    })
    const response = await page.goto(site.url('/people/jeon-jong-seo'))
    expect(response?.status()).toBe(200)
    await waitForReact(page)
    expect(await h1(page).textContent()).toBe('Jeon Jong-seo')
    // Its own data came with the page; once idle it fetches at most a few links' pages ahead.
    expect(payloads).not.toContain('/explorer/api/people/jeon-jong-seo.json')
    expect(payloads.length).toBeLessThanOrEqual(linksInViewLimit)

    await page.locator('main a[href="/explorer/films/the-call-2020"]').first().click()
    await expect.poll(() => h1(page).textContent()).toBe('The Call')
    expect(new URL(page.url()).pathname).toBe('/explorer/films/the-call-2020')
    // The next page's payload once (fetched ahead or on the click), every request under the base.
    expect(
      payloads.filter((path) => path === '/explorer/api/works/the-call-2020.json'),
    ).toHaveLength(1)
    expect(payloads.every((path) => path.startsWith('/explorer/api/'))).toBe(true)
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    expect(await violations()).toEqual([])
  })

  it('gives absolute canonical and Open Graph URLs from SITE_URL', async () => {
    const page = await browser.context.newPage()
    await page.goto(site.url('/people/jeon-jong-seo'))
    const canonical = 'https://example.org/explorer/people/jeon-jong-seo'
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical)
    expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical)
    const image = await meta(page, 'meta[property="og:image"]')
    expect(image).toBe('https://example.org/explorer/og/people/jeon-jong-seo.png')
    const served = await page.request.get(site.url(new URL(image ?? '').pathname.slice(9)))
    expect(pngSize(await served.body())).toEqual({ width: 1200, height: 630 })
    const [person] = await jsonLd(page)
    expect(person).toMatchObject({ url: canonical, image })
  })

  it('shows the not-found view for unknown paths at any depth', async () => {
    const page = await browser.context.newPage()
    const errors = collectErrors(page)
    const response = await page.goto(site.url('/films/nope/and/deeper'))
    expect(response?.status()).toBe(404)
    await expect.poll(() => h1(page).textContent()).toBe('Page not found')
    expect(besidesNotFoundStatus(errors)).toEqual([])
  })

  it('works without JavaScript, links included', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false })
    try {
      const page = await noJs.context.newPage()
      await page.goto(site.url('/films/ballerina-2023/cast'))
      await page.locator('main a[href="/explorer/people/jeon-jong-seo"]').first().click()
      await page.waitForURL(/\/explorer\/people\/jeon-jong-seo$/)
      expect(await h1(page).textContent()).toBe('Jeon Jong-seo')
    } finally {
      await noJs.close()
    }
  })
})
