import { existsSync } from 'node:fs'
import type { WorkPayload } from '../build/dataset/payloads.ts'
import { pathOf } from '../src/config/page-kinds.ts'
import { payloadPaths } from '../src/data/payload-paths.ts'
import { hasBrowser, launchBrowser, serveSite } from '../tools/chromium.ts'
import { count, ms, percentile, printTable, say } from './bench-output.ts'
import { bigWorkSlug } from './synthetic-dataset.ts'

/**
 * The cast filter on the big work (bigWorkSlug) in Chromium, with the production build in dist/:
 * the work is unknown to the build, so the static server answers with the 404.html shell, the
 * app renders the cast route on the client and fetches the work's payload and pages of credits,
 * which are answered with the synthetic ones. Each keystroke is timed from the input event to the
 * frame after the URL and the list have updated: the first one includes fetching every page.
 */
export async function measureCastFilter(payloads: Map<string, unknown>) {
  if (!hasBrowser || !existsSync('dist/404.html')) {
    say('\nCast filter: skipped (needs Chromium and a build in dist/: npm run build).')
    return
  }
  const payload = payloads.get(payloadPaths.work(bigWorkSlug)) as WorkPayload
  const site = await serveSite()
  const browser = await launchBrowser()
  try {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    const workPrefix = `/api/${payloadPaths.work(bigWorkSlug).replace(/\.json$/, '')}`
    await page.route(
      (url) => url.pathname.startsWith(workPrefix),
      (route) => {
        const file = new URL(route.request().url()).pathname.replace(/^.*?\/api\//, '')
        const body = payloads.get(file)
        return body
          ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) })
          : route.fulfill({ status: 404 })
      },
    )
    const mountStarted = performance.now()
    await page.goto(site.url(pathOf('cast', { slug: bigWorkSlug })))
    const input = page.locator('input[name="q"]')
    await input.waitFor()
    await page.locator('[role="status"]').waitFor()
    const mountMs = performance.now() - mountStarted
    const cards = () => page.locator('main a[href*="/people/"]').count()

    const rows: string[][] = [
      ['open the page (load + render)', '-', ms(mountMs), ms(mountMs), String(await cards())],
    ]
    let slowest = 0
    for (const text of ['Character 1', 'kim min', 'Director', 'zzzz']) {
      const times: number[] = []
      for (let i = 1; i <= text.length; i++) {
        const value = text.slice(0, i)
        times.push(
          await page.evaluate(async (typed) => {
            const box = document.querySelector<HTMLInputElement>('input[name="q"]')
            if (!box) throw new Error('no filter box')
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')
            const started = performance.now()
            setValue?.set?.call(box, typed)
            box.dispatchEvent(new Event('input', { bubbles: true }))
            // No named functions in here: tsx would wrap them in a helper the page lacks.
            while (
              new URLSearchParams(location.search).get('q') !== typed ||
              document.querySelector('[role="status"]')?.textContent?.startsWith('Loading')
            ) {
              await new Promise((resolve) => requestAnimationFrame(resolve))
            }
            await new Promise((resolve) => requestAnimationFrame(resolve))
            return performance.now() - started
          }, value),
        )
      }
      slowest = Math.max(slowest, ...times)
      rows.push([
        `type "${text}"`,
        String(text.length),
        ms(percentile(times, 50)),
        ms(Math.max(...times)),
        String(await cards()),
      ])
      await input.fill('')
    }
    printTable({
      title:
        `Cast filter on ${bigWorkSlug} (${count(payload.creditCount)} credits), Chromium, ` +
        'production build: input event to the frame after the list updated, per keystroke ' +
        '(the first one fetches every page of credits)',
      headers: ['action', 'keys', 'p50 ms', 'max ms', 'person links in DOM after'],
      rows,
    })
    say(`Slowest keystroke: ${ms(slowest)} ms (the list is windowed: see the DOM counts).`)
  } finally {
    await browser.close()
    await site.close()
  }
}
