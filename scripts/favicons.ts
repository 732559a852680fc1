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
  { file: 'favicon-32.png', size: 32, maskable: false },
  { file: 'apple-touch-icon.png', size: 180, maskable: false },
  // The web app manifest's icons (build/prerender/web-manifest.ts).
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
] as const

/** How much of a maskable icon's side its artwork may use: what lies outside, a launcher may crop. */
export const maskableSafeZone = 0.8

/**
 * The icon for launchers that cut their own shape: the background fills the whole square (no
 * rounded corners to show through), and the artwork is shrunk into the central safe zone.
 */
export function maskableSvg(svg: string): string {
  const background = /<rect\b[^>]*\bfill="([^"]+)"[^>]*\/>/.exec(svg)
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)
  if (!background || !viewBox || viewBox[1] !== viewBox[2]) {
    throw new Error('favicon.svg must be a square viewBox whose first <rect> is the background')
  }
  const side = Number(viewBox[1])
  const centre = side / 2
  const artwork = svg.slice(background.index + background[0].length, svg.lastIndexOf('</svg>'))
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}">` +
    `<rect width="${side}" height="${side}" fill="${background[1]}"/>` +
    `<g transform="translate(${centre} ${centre}) scale(${maskableSafeZone}) translate(${-centre} ${-centre})">` +
    `${artwork}</g></svg>`
  )
}

export function renderFavicon(size: number, { maskable = false } = {}): Buffer {
  const svg = readFileSync(source, 'utf8')
  return new Resvg(maskable ? maskableSvg(svg) : svg, { fitTo: { mode: 'width', value: size } })
    .render()
    .asPng()
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) {
  for (const { file, size, maskable } of favicons) {
    const png = renderFavicon(size, { maskable })
    writeFileSync(path.join('public', file), png)
    console.log(
      `public/${file}: ${size}×${size}${maskable ? ' maskable' : ''}, ${png.length} bytes`,
    )
  }
}
