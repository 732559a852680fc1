import { canvasColours } from '../canvas-colours.ts'
import { manifestLink } from './web-manifest.ts'

/*
 * Every page the build writes is this document with its slots filled: the prerenderer owns the
 * whole HTML, so nothing depends on the shape of Vite's own index.html.
 */

export type PageSlots = {
  /** The CSP as a <meta>, first in <head> so it covers everything after it. */
  policy: string
  /** The inlined stylesheets. */
  styles: string
  /** Title, description, Open Graph, JSON-LD and the tags React hoisted from the page. */
  head: string
  /** The list of modules the loader runs (<meta name="app-modules">). */
  modules: string
  /** The prerendered app, inside #root. */
  root: string
  /** What follows #root: the page's state for hydration, or a fallback. */
  afterRoot: string
  /** The inline page loader. */
  loader: string
}

/** What every page's <head> has, whatever it shows; the dev server's index.html gets it too. */
export function staticHead(base: string): string {
  return [
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="theme-color" content="${canvasColours.dark}" media="(prefers-color-scheme: dark)">`,
    `<meta name="theme-color" content="${canvasColours.light}" media="(prefers-color-scheme: light)">`,
    `<link rel="icon" href="${base}favicon-32.png" sizes="32x32" type="image/png">`,
    `<link rel="apple-touch-icon" href="${base}apple-touch-icon.png">`,
    // Hold the first paint until the parser reaches <main>: a paint half-way through the header
    // would be shifted by what follows. Chromium unblocks at <main>'s start tag, not at its end as
    // the spec's "fully parsed" reads, so a slow connection can still paint part of main early.
    // Other browsers ignore it.
    '<link rel="expect" href="#main" blocking="render">',
  ].join('\n    ')
}

export function pageDocument(base: string, slots: PageSlots): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    ${slots.policy}
    ${staticHead(base)}
    ${manifestLink(base)}
    ${slots.styles}
    ${slots.head}${slots.modules}
  </head>
  <body>
    <div id="root">${slots.root}</div>${slots.afterRoot}
    ${slots.loader}
  </body>
</html>
`
}
