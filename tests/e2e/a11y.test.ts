import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { loadAndValidate } from '../../build/dataset/load'
import {
  besidesNotFoundStatus,
  collectErrors,
  hasBrowser,
  openHydrated,
  useSiteInBrowser,
} from './browser'

/*
 * Every kind of page, in light and dark, against the production build: zero axe violations of
 * WCAG 2.2 A/AA and axe's best practices. Colour contrast depends on the theme, which is why
 * each page is checked in both schemes.
 */

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

function firstSourceId(): string {
  const { dataset } = loadAndValidate('data')
  const source = dataset?.sources.find((candidate) => candidate.kind === 'article')
  return source?.id ?? 'sayart-2023-10-11'
}

const pages = [
  { name: 'home (film)', path: '/' },
  { name: 'film', path: '/films/ballerina-2023' },
  { name: 'other work', path: '/films/the-call-2020' },
  { name: 'cast', path: '/films/ballerina-2023/cast' },
  { name: 'cast, filtered to nothing', path: '/films/ballerina-2023/cast?q=zzzz-nobody' },
  { name: 'timeline', path: '/films/ballerina-2023/timeline' },
  { name: 'person', path: '/people/jeon-jong-seo' },
  { name: 'sources', path: '/sources' },
  { name: 'source', path: `/sources/${firstSourceId()}` },
  { name: 'search', path: '/search?q=ok' },
  { name: 'not found', path: '/no-such-page/at-all' },
]

const schemes = ['light', 'dark'] as const

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** Violations as a reviewer wants to read them: rule, impact, where, and what to fix. */
function formatViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim()
          return `    - ${node.target.join(' ')}\n      ${summary}`
        })
        .join('\n')
      const more =
        violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : ''
      return `  ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`
    })
    .join('\n')
}

/** Waits until the app has hydrated and fetched what it needs, so axe sees the final page. */
async function open(page: Page, url: string) {
  await openHydrated(page, url)
  await page.waitForLoadState('networkidle')
}

describe.skipIf(!hasBrowser)('accessibility (axe, WCAG 2.2 AA + best practices)', () => {
  const { browser, site } = useSiteInBrowser()

  for (const { name, path } of pages) {
    it(`${name} (${path}) has no violations in light or dark`, async () => {
      const reports: string[] = []
      // A fresh load per theme, as a reader in that theme gets the page. Switching the scheme of
      // a loaded page would leave sections rendered lazily (content-visibility) with the colours
      // they were last drawn in until they next come near the viewport, and axe would read those.
      for (const scheme of schemes) {
        const page = await browser.context.newPage()
        const errors = collectErrors(page)
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
        await open(page, site.url(path))
        const results = await new AxeBuilder({ page }).withTags(tags).analyze()
        if (results.violations.length > 0) {
          reports.push(
            `${results.violations.length} axe violations on ${path} in ${scheme}:\n` +
              formatViolations(results.violations),
          )
        }
        expect(besidesNotFoundStatus(errors)).toEqual([])
        await page.close()
      }
      expect(reports.join('\n'), 'axe violations').toBe('')
    })
  }
})

describe.skipIf(!hasBrowser)('keyboard', () => {
  const { browser, site } = useSiteInBrowser()

  /** How the focused element shows focus: its outline or box-shadow, or null when it shows none. */
  async function focusIndicator(page: Page) {
    return page.evaluate(() => {
      const element = document.activeElement
      if (!(element instanceof HTMLElement) || element === document.body) return null
      const style = getComputedStyle(element)
      const outline =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
          ? `outline ${style.outlineWidth} ${style.outlineStyle}`
          : null
      const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : null
      return {
        element: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
        indicator: outline ?? shadow,
      }
    })
  }

  for (const path of ['/films/ballerina-2023', '/people/jeon-jong-seo']) {
    it(`on ${path}, the first Tab reaches the skip link, which moves focus to main`, async () => {
      const page = await browser.context.newPage()
      await open(page, site.url(path))
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: /skip to (main )?content/i })
      await expect.poll(() => skip.evaluate((link) => link === document.activeElement)).toBe(true)
      expect((await focusIndicator(page))?.indicator, 'the skip link shows focus').toBeTruthy()
      expect(await skip.isVisible(), 'the focused skip link is visible').toBe(true)

      await page.keyboard.press('Enter')
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('main') != null))
        .toBe(true)
      await page.close()
    })
  }

  for (const scheme of schemes) {
    it(`every element Tab reaches shows visible focus (${scheme})`, async () => {
      const page = await browser.context.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      await open(page, site.url('/films/ballerina-2023'))
      const missing: string[] = []
      // The skip link, the header and the start of the page's own controls.
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab')
        const focused = await focusIndicator(page)
        if (!focused) break
        if (!focused.indicator) missing.push(focused.element)
      }
      expect(missing, `focused without a visible outline or box-shadow`).toEqual([])
      await page.close()
    })
  }
})
