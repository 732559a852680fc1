import { existsSync, mkdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Person, Work } from './dataset/schema.ts'
import { firstClaimValue } from '../src/data/claims.ts'
import { siteName } from '../src/data/site.ts'
import { workKindLabels } from '../src/lib/work-kinds.ts'
import { creditsForWork, type DatasetIndex } from './dataset/selectors.ts'
import { featuredRole, ogImagePath } from './pages/page-meta.ts'
import { cardLook, fontsFor, renderCard, type OgCard } from './og-card-drawing.ts'
import { projectCacheDir, writeCacheFile } from './cache-files.ts'
import { digest } from './digest.ts'
import type { OutputFolder } from './output-folder.ts'

/*
 * Open Graph images, one per work and person, drawn at build time (og-card-drawing.ts). Link
 * previews never run JavaScript, so the picture has to exist as a file.
 */

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

const cacheDir = path.join(projectCacheDir, 'og-images')

/** A card's key: its text and its look (a change to either redraws it). */
const cardKey = (card: OgCard) => digest(cardLook, JSON.stringify(card))
const cachedImage = (key: string) => path.join(cacheDir, `${key}.png`)

/**
 * Puts every Open Graph image into the output and says how many it drew. Rasterising is most
 * of the cost, so each PNG is cached under its card's key: a build redraws only the cards whose
 * text or look changed, and links the rest from the cache.
 */
export async function writeOgImages(
  index: DatasetIndex,
  output: OutputFolder,
): Promise<{ total: number; drawn: number }> {
  const cards = [...ogCards(index)].map(([file, card]) => ({ file, card, key: cardKey(card) }))
  // An image the output already holds under its key is in the cache: no need to look.
  const missing = cards.filter(
    ({ file, key }) => !output.has(file, key) && !existsSync(cachedImage(key)),
  )
  if (missing.length > 0) {
    mkdirSync(cacheDir, { recursive: true })
    // One font set for every card: satori parses fonts once per distinct `fonts` array.
    const fonts = fontsFor(
      missing.flatMap(({ card }) => [card.kicker, card.title, card.hangul ?? '', ...card.lines]),
    )
    // A few cards in flight at a time: starting every missing card at once holds every layout and
    // picture in memory together, which a catalogue's cards do not fit.
    const queue = missing.values()
    const drawNext = async () => {
      for (const { card, key } of queue) {
        writeCacheFile(cachedImage(key), await renderCard(card, fonts))
      }
    }
    await Promise.all(Array.from({ length: availableParallelism() + 1 }, drawNext))
  }
  for (const { file, key } of cards) output.place(file, cachedImage(key), key)
  return { total: cards.length, drawn: missing.length }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
