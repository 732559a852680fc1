import { Resvg } from '@resvg/resvg-js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { favicons, maskableSafeZone, maskableSvg, renderFavicon } from '../../scripts/favicons'
import { pngSize } from '../../build/og-images'
import { staticHead } from '../../build/prerender/page-template'

describe('the site icons', () => {
  it.each(favicons)(
    'public/$file is the SVG icon rasterised at $size px',
    ({ file, size, maskable }) => {
      const committed = readFileSync(`public/${file}`)
      expect(pngSize(committed)).toEqual({ width: size, height: size })
      // Fails when scripts/assets/favicon.svg changed without `npm run favicons`.
      expect(committed.equals(renderFavicon(size, { maskable }))).toBe(true)
    },
  )

  it('keeps the maskable icon’s artwork inside the safe zone, on a full-bleed background', () => {
    const size = 128
    const svg = maskableSvg(readFileSync('scripts/assets/favicon.svg', 'utf8'))
    const pixels = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().pixels
    const at = (x: number, y: number) => pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)
    const background = [...at(0, 0)]
    expect(background[3]).toBe(255)
    const radius = (size * maskableSafeZone) / 2
    let artworkPixels = 0
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const differs = [...at(x, y)].some((value, i) => value !== background[i])
        if (!differs) continue
        artworkPixels++
        expect(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2)).toBeLessThanOrEqual(radius)
      }
    }
    expect(artworkPixels).toBeGreaterThan(0)
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
