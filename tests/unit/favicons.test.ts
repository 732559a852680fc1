import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { favicons, renderFavicon } from '../../scripts/favicons'
import { pngSize } from '../../build/og-images'
import { staticHead } from '../../build/prerender/page-template'

describe('the site icons', () => {
  it.each(favicons)('public/$file is the SVG icon rasterised at $size px', ({ file, size }) => {
    const committed = readFileSync(`public/${file}`)
    expect(pngSize(committed)).toEqual({ width: size, height: size })
    // Fails when scripts/assets/favicon.svg changed without `npm run favicons`.
    expect(committed.equals(renderFavicon(size))).toBe(true)
  })

  it('is linked from the page template as PNG, not SVG', () => {
    const head = staticHead('/explorer/')
    expect(head).toContain(
      '<link rel="icon" href="/explorer/favicon-32.png" sizes="32x32" type="image/png">',
    )
    expect(head).toContain('<link rel="apple-touch-icon" href="/explorer/apple-touch-icon.png">')
    expect(head).not.toMatch(/\.svg/)
  })
})
