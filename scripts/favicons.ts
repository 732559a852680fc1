import { Resvg } from '@resvg/resvg-js'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/*
 * The site's icons, rasterised from one SVG: `npm run favicons` rewrites the PNGs in public/ (a
 * unit test fails while they differ from the SVG). Pages link PNGs, not the SVG, because Chromium
 * turns an SVG favicon into a whole SVG document on the page's main thread, right around the
 * first paint, where a PNG costs next to nothing.
 */

const source = path.join(import.meta.dirname, 'assets', 'favicon.svg')

export const favicons = [
  { file: 'favicon-32.png', size: 32 },
  { file: 'apple-touch-icon.png', size: 180 },
] as const

export function renderFavicon(size: number): Buffer {
  const svg = readFileSync(source, 'utf8')
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) {
  for (const { file, size } of favicons) {
    const png = renderFavicon(size)
    writeFileSync(path.join('public', file), png)
    console.log(`public/${file}: ${size}×${size}, ${png.length} bytes`)
  }
}
