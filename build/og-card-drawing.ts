import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { renderAsync } from '@resvg/resvg-js'
import { createElement, type CSSProperties, type ReactNode } from 'react'
import satori, { type Font } from 'satori'
import { siteName } from '../src/data/site.ts'
import { canvasColours } from './canvas-colours.ts'
import { ogImageSize } from './pages/page-meta.ts'

/*
 * How an Open Graph card is drawn (1200×630 PNG): satori lays it out to SVG and resvg turns that
 * into a PNG, in the site's look: a dark stage, fluorescent red and a dancer's pale pink. What a
 * card says is og-images.ts's; this file is only the look, so its hash can key the image cache.
 */

const colours = {
  stage: canvasColours.dark,
  red: '#ff5f73',
  pink: '#f2b8c7',
  ink: '#fbf6f7',
  muted: '#c9b3ba',
}

export type OgCard = {
  /** Small capitals above the title, e.g. "FILM · 2023 · NETFLIX". */
  kicker: string
  title: string
  hangul?: string
  /** Who they are and their part in the film, or who made the work: one line each. */
  lines: string[]
}
type FontFace = { file: string; weight: 400 | 700; ranges: [number, number][] }

const require = createRequire(import.meta.url)
const fontDir = path.dirname(require.resolve('@fontsource/noto-sans-kr/400.css'))

/** Reads @fontsource's CSS: one face per unicode-range subset, each with its woff file. */
function parseFontFaces(css: string, weight: 400 | 700): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const file = body.match(/url\(([^)]+\.woff)\)\s*format\('woff'\)/)?.[1]
    const range = body.match(/unicode-range:\s*([^;]+);/)?.[1]
    if (!file || !range) return []
    const ranges = range.split(',').map((part): [number, number] => {
      const [start = '0', end] = part.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(start, 16), parseInt(end ?? start, 16)]
    })
    return [{ file: path.join(fontDir, file), weight, ranges }]
  })
}

/**
 * Satori uses only the first file of a family, so each subset is registered as a family of its
 * own (FINDINGS.md), and only the subsets the images' text needs are loaded, not every subset of
 * each weight, which keeps the build fast.
 */
export function fontsFor(texts: string[]): { fonts: Font[]; fontFamily: string } {
  const codePoints = new Set([...texts.join('')].map((char) => char.codePointAt(0) ?? 0))
  const fonts: Font[] = []
  const families: string[] = []
  for (const weight of [400, 700] as const) {
    const css = readFileSync(path.join(fontDir, `${weight}.css`), 'utf8')
    for (const face of parseFontFaces(css, weight)) {
      const needed = [...codePoints].some((point) =>
        face.ranges.some(([start, end]) => point >= start && point <= end),
      )
      if (!needed) continue
      const name = `kr-${path.basename(face.file).replace(/-\d00-normal\.woff$/, '')}`
      fonts.push({ name, data: readFileSync(face.file), weight, style: 'normal' })
      if (!families.includes(name)) families.push(name)
    }
  }
  // Latin first, so Hangul subsets (which also hold some Latin glyphs) never set the Latin text.
  families.sort((a, b) => Number(b.includes('latin')) - Number(a.includes('latin')))
  return { fonts, fontFamily: families.join(', ') }
}

function element(type: string, style: CSSProperties, ...children: ReactNode[]): ReactNode {
  return createElement(type, { style }, ...children)
}

function titleSize(title: string): number {
  if (title.length <= 14) return 104
  if (title.length <= 24) return 84
  if (title.length <= 40) return 64
  return 52
}

function cardLayout(card: OgCard, fontFamily: string): ReactNode {
  return element(
    'div',
    {
      width: ogImageSize.width,
      height: ogImageSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '60px 72px 52px 72px',
      fontFamily,
      color: colours.ink,
      backgroundColor: colours.stage,
      backgroundImage: `radial-gradient(circle at 88% 12%, rgba(255, 95, 115, 0.42), rgba(17, 11, 14, 0) 58%)`,
      borderLeft: `16px solid ${colours.red}`,
    },
    element(
      'div',
      { display: 'flex', flexDirection: 'column' },
      element(
        'div',
        {
          fontSize: 28,
          fontWeight: 700,
          letterSpacing: 4,
          textTransform: 'uppercase',
          color: colours.red,
        },
        card.kicker,
      ),
      element(
        'div',
        {
          marginTop: 20,
          fontSize: titleSize(card.title),
          fontWeight: 700,
          lineHeight: 1.05,
          letterSpacing: -1,
          maxWidth: 1000,
        },
        card.title,
      ),
      card.hangul
        ? element(
            'div',
            { marginTop: 16, fontSize: 56, fontWeight: 700, color: colours.pink },
            card.hangul,
          )
        : null,
    ),
    element(
      'div',
      { display: 'flex', flexDirection: 'column' },
      ...card.lines.map((line, position) =>
        element(
          'div',
          {
            fontSize: 32,
            lineHeight: 1.35,
            maxWidth: 1040,
            color: position === 0 ? colours.ink : colours.muted,
          },
          line,
        ),
      ),
      element(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          marginTop: 36,
          paddingTop: 24,
          borderTop: `2px solid rgba(242, 184, 199, 0.35)`,
          fontSize: 28,
          fontWeight: 700,
          color: colours.pink,
        },
        element('div', {
          width: 18,
          height: 18,
          marginRight: 18,
          backgroundColor: colours.red,
          transform: 'rotate(45deg)',
        }),
        siteName,
      ),
    ),
  )
}

export async function renderCard(
  card: OgCard,
  fonts: { fonts: Font[]; fontFamily: string },
): Promise<Buffer> {
  const svg = await satori(cardLayout(card, fonts.fontFamily), {
    ...ogImageSize,
    fonts: fonts.fonts,
  })
  // resvg's async render runs off the main thread, so cards rasterise in parallel.
  const png = await renderAsync(svg, { font: { loadSystemFonts: false } })
  return Buffer.from(png.asPng())
}

/**
 * The look the image cache keys each PNG by, with its card's text: this file's code and the
 * values it takes from elsewhere, so editing how cards are written or cached (og-images.ts)
 * redraws nothing. Not in it: the versions of satori, resvg and the fonts; after upgrading one,
 * empty node_modules/.cache/og-images.
 */
export const cardLook = createHash('sha256')
  .update(readFileSync(import.meta.filename))
  .update(JSON.stringify({ colours, siteName, ogImageSize }))
  .digest('hex')
