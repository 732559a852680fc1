import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { renderAsync } from '@resvg/resvg-js'
import { createElement, type CSSProperties, type ReactNode } from 'react'
import satori, { type Font } from 'satori'
import type { Person, Work } from './dataset/schema.ts'
import { firstClaimValue } from '../src/data/claims.ts'
import { siteName } from '../src/data/site.ts'
import { canvasColours } from './canvas-colours.ts'
import { workKindLabels } from '../src/lib/work-kinds.ts'
import { creditsForWork, type DatasetIndex } from './dataset/selectors.ts'
import { featuredRole, ogImagePath, ogImageSize } from './pages/page-meta.ts'

/*
 * Open Graph images (1200×630 PNG), one per work and person, drawn at build time with satori
 * (layout to SVG) and resvg (SVG to PNG) in the site's look: a dark stage, fluorescent red and a
 * dancer's pale pink. Link previews never run JavaScript, so the picture has to exist as a file.
 */

const colours = {
  stage: canvasColours.dark,
  red: '#ff5f73',
  pink: '#f2b8c7',
  ink: '#fbf6f7',
  muted: '#c9b3ba',
}

type OgCard = {
  /** Small capitals above the title, e.g. "FILM · 2023 · NETFLIX". */
  kicker: string
  title: string
  hangul?: string
  /** Who they are and their part in the film, or who made the work: one line each. */
  lines: string[]
}

function workCard(index: DatasetIndex, work: Work): OgCard {
  const credits = creditsForWork(index, work.slug)
  const directors = credits
    .filter((credit) => credit.job && /^director$/i.test(credit.job))
    .map((credit) => credit.person.name)
  const cast = credits
    .filter((credit) => credit.department === 'cast')
    .slice(0, 3)
    .map((credit) => credit.person.name)
  const year = firstClaimValue(work.year)
  const lines = [
    directors.length ? `Directed by ${directors.join(' and ')}` : '',
    cast.length ? `With ${cast.join(', ')}` : '',
  ].filter(Boolean)
  return {
    kicker: [workKindLabels[work.kind], year, work.platform?.value].filter(Boolean).join(' · '),
    title: work.title,
    hangul: work.hangulTitle?.value,
    lines,
  }
}

function personCard(index: DatasetIndex, person: Person): OgCard {
  const role = featuredRole(index, person)
  return {
    kicker: 'Person',
    title: person.name,
    hangul: person.hangulName?.value,
    lines: [person.knownAs.value, role ? `${role[0]?.toUpperCase()}${role.slice(1)}` : ''].filter(
      Boolean,
    ),
  }
}

export const siteCard: OgCard = {
  kicker: 'Film explorer',
  title: siteName,
  hangul: '발레리나',
  lines: ['The film, its cast and crew, its timeline and reception', 'Every fact with its source'],
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

/** Every image the site links to, keyed by its path under the output directory. */
function ogCards(index: DatasetIndex): Map<string, OgCard> {
  const cards = new Map<string, OgCard>([[ogImagePath('site'), siteCard]])
  for (const work of index.dataset.works) {
    cards.set(ogImagePath({ kind: 'works', slug: work.slug }), workCard(index, work))
  }
  for (const person of index.dataset.people) {
    cards.set(ogImagePath({ kind: 'people', slug: person.slug }), personCard(index, person))
  }
  return cards
}

const cacheDir = path.resolve('node_modules/.cache/og-images')

/**
 * Writes every Open Graph image into `outDir` and says how many it drew. Rasterising is most
 * of the cost, so each PNG is cached under a hash of its card and of its look: a build redraws
 * only the cards whose text or look changed.
 */
export async function writeOgImages(
  index: DatasetIndex,
  outDir: string,
): Promise<{ total: number; drawn: number }> {
  const cards = ogCards(index)
  // The look: this file's code and the colours it takes from elsewhere.
  const look = createHash('sha256')
    .update(readFileSync(import.meta.filename))
    .update(JSON.stringify(colours))
    .digest('hex')
  const keyOf = (card: OgCard) =>
    createHash('sha256').update(look).update(JSON.stringify(card)).digest('hex').slice(0, 20)
  const missing = [...cards].filter(
    ([, card]) => !existsSync(path.join(cacheDir, `${keyOf(card)}.png`)),
  )
  if (missing.length > 0) {
    mkdirSync(cacheDir, { recursive: true })
    // One font set for every card: satori parses fonts once per distinct `fonts` array.
    const fonts = fontsFor(
      missing.flatMap(([, card]) => [card.kicker, card.title, card.hangul ?? '', ...card.lines]),
    )
    // A few cards in flight at a time: starting every missing card at once holds every layout and
    // picture in memory together, which a catalogue's cards do not fit.
    const queue = missing.values()
    const drawNext = async () => {
      for (const [, card] of queue) {
        writeFileSync(path.join(cacheDir, `${keyOf(card)}.png`), await renderCard(card, fonts))
      }
    }
    await Promise.all(Array.from({ length: availableParallelism() + 1 }, drawNext))
  }
  for (const [file, card] of cards) {
    const target = path.join(outDir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    copyFileSync(path.join(cacheDir, `${keyOf(card)}.png`), target)
  }
  return { total: cards.size, drawn: missing.length }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
