import { siteName } from '../../src/data/site.ts'
import { canvasColours } from '../canvas-colours.ts'

/*
 * The web app manifest, which lets a browser install the site to a home screen. It is written by
 * the build, not kept in public/, because its start URL and scope are the sub-path the site is
 * built for.
 */

export const webManifestFile = 'manifest.webmanifest'

export type WebManifest = {
  name: string
  short_name: string
  description: string
  id: string
  start_url: string
  scope: string
  display: 'standalone'
  theme_color: string
  background_color: string
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }[]
}

export function webManifest(base: string): WebManifest {
  return {
    name: siteName,
    short_name: 'Ballerina',
    description:
      'The Korean film Ballerina (2023): its cast and crew, release, festivals and reception, ' +
      'with every fact cited from its source.',
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: canvasColours.dark,
    background_color: canvasColours.dark,
    icons: [
      { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: `${base}icon-maskable-512.png`,
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  }
}

/** Only built pages link it: the dev server has no manifest to serve. */
export function manifestLink(base: string): string {
  return `<link rel="manifest" href="${base}${webManifestFile}">`
}

export function webManifestText(base: string): string {
  return `${JSON.stringify(webManifest(base), null, 2)}\n`
}
