import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canvasColours } from '../../build/canvas-colours'
import { pageDocument } from '../../build/prerender/page-template'
import { webManifest } from '../../build/prerender/web-manifest'
import { favicons } from '../../scripts/favicons'

const slots = { policy: '', styles: '', head: '', modules: '', root: '', afterRoot: '', loader: '' }

describe('the web app manifest', () => {
  it('starts and stays under the sub-path the site is built for', () => {
    expect(webManifest('/')).toMatchObject({ start_url: '/', scope: '/', id: '/' })
    const manifest = webManifest('/explorer/')
    expect(manifest).toMatchObject({
      name: 'Ballerina Explorer',
      short_name: 'Ballerina',
      start_url: '/explorer/',
      scope: '/explorer/',
      display: 'standalone',
    })
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/explorer\/icon-/)
  })

  it('takes its colours from the palette and names icons the build ships', () => {
    const manifest = webManifest('/')
    expect(manifest.theme_color).toBe(canvasColours.dark)
    expect(manifest.background_color).toBe(canvasColours.dark)
    expect(manifest.description.length).toBeGreaterThan(0)
    const shipped = new Map(favicons.map((icon) => [`/${icon.file}`, icon]))
    for (const icon of manifest.icons) {
      const file = shipped.get(icon.src)
      expect(file, icon.src).toBeDefined()
      expect(existsSync(`public/${file?.file}`)).toBe(true)
      expect(icon.sizes).toBe(`${file?.size}x${file?.size}`)
      expect(icon.purpose).toBe(file?.maskable ? 'maskable' : 'any')
    }
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', '512x512'])
  })

  it('is linked from every page the build writes', () => {
    expect(pageDocument('/explorer/', slots)).toContain(
      '<link rel="manifest" href="/explorer/manifest.webmanifest">',
    )
  })
})

describe('canvas colours', () => {
  it('are the canvas the stylesheet paints in each colour scheme', () => {
    const css = readFileSync('src/styles.css', 'utf8')
    const canvases = [...css.matchAll(/--canvas:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1])
    // The light scheme is the stylesheet's default; the dark one overrides it.
    expect(canvases).toEqual([canvasColours.light, canvasColours.dark])
  })
})
