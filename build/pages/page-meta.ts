import { firstClaimValue } from '../../src/data/claims.ts'
import { featuredWorkSlug, siteName } from '../../src/data/site.ts'
import { plays } from '../../src/lib/credit-wording.ts'
import { documentTitle } from '../../src/lib/page-title.ts'
import type { Person, Work } from '../dataset/schema.ts'
import { filmographyFor, type DatasetIndex } from '../dataset/selectors.ts'

/*
 * What link previews, search engines and assistive tools read about each prerendered page:
 * description, Open Graph image, breadcrumbs and JSON-LD. Each page kind builds its own (see
 * page-kinds.ts) from the dataset, never inventing anything; these are the pieces they share.
 */

export const ogImageSize = { width: 1200, height: 630 } as const

type OgImageKind = 'works' | 'people'

/** Where a page's Open Graph image lives, relative to the site's base. */
export function ogImagePath(image: { kind: OgImageKind; slug: string } | 'site'): string {
  return image === 'site' ? 'og/site.png' : `og/${image.kind}/${image.slug}.png`
}

export type JsonLd = Record<string, unknown>

export type PageMeta = {
  /** The document title, e.g. "Jeon Jong-seo · Ballerina Explorer". */
  title: string
  /** The title without the site's name, for og:title. */
  shortTitle: string
  description: string
  /** The page's path relative to the base, e.g. "people/jeon-jong-seo" ("" for the home page). */
  path: string
  ogType: 'website' | 'video.movie' | 'video.tv_show' | 'profile'
  image: { path: string; alt: string }
  /** Breadcrumb trail, home first: names and paths relative to the base. */
  breadcrumbs: { name: string; path: string }[]
  /** The page's main entity (Movie, TVSeries, Person…) without URLs, which depend on the host. */
  entity: JsonLd | null
  /** False for pages search engines should not index (the not-found shell). */
  indexable: boolean
}

/** What a page kind says about one page; the rest has defaults (see pageMeta). */
type PageMetaParts = Pick<PageMeta, 'description'> &
  Partial<Omit<PageMeta, 'title' | 'shortTitle' | 'description' | 'path'>> & { name: string }

export const homeCrumb = { name: siteName, path: '' }

/** A path under the base without its leading slash, as meta and breadcrumbs write it. */
export const relativePath = (path: string) => path.replace(/^\//, '')

function siteImage(index: DatasetIndex) {
  const featured = index.works.get(featuredWorkSlug)
  return {
    path: ogImagePath('site'),
    alt: `${siteName}: ${featured ? `${workLabel(featured)}, its` : 'the'} cast, crew, timeline and sources`,
  }
}

/** A page's complete meta: its own parts over the site's defaults. */
export function pageMeta(index: DatasetIndex, path: string, parts: PageMetaParts): PageMeta {
  const { name, ...rest } = parts
  return {
    path: relativePath(path),
    indexable: true,
    ogType: 'website',
    image: siteImage(index),
    breadcrumbs: [homeCrumb, { name, path: relativePath(path) }],
    entity: null,
    ...rest,
    title: documentTitle(name),
    shortTitle: name,
  }
}

const descriptionLimit = 200

/** Meta descriptions are cut by every consumer around 160–200 characters: end on a word. */
export function truncate(text: string, limit = descriptionLimit): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= limit) return clean
  const cut = clean.slice(0, limit - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[\s,;:.–—-]+$/, '')}…`
}

export function yearOf(work: Work): number | undefined {
  return firstClaimValue(work.year)
}

/** A work as descriptions name it, e.g. "Ballerina (2023)". */
export function workLabel(work: Work): string {
  const year = yearOf(work)
  return year ? `${work.title} (${year})` : work.title
}

/** Who someone is in the featured film, e.g. "plays Ok-ju in Ballerina (2023)". */
export function featuredRole(index: DatasetIndex, person: Person): string | undefined {
  const featured = index.works.get(featuredWorkSlug)
  if (!featured) return undefined
  const credits = filmographyFor(index, person.slug).filter(
    (credit) => credit.work.slug === featuredWorkSlug,
  )
  const characters = credits.flatMap((credit) => (credit.character ? [credit.character.name] : []))
  const jobs = credits.flatMap((credit) => (credit.job ? [credit.job.toLowerCase()] : []))
  const label = workLabel(featured)
  if (characters.length > 0) return `${plays(characters)} in ${label}`
  if (jobs.length > 0) return `${jobs.join(' and ')} of ${label}`
  if (credits.length > 0) return `in the cast of ${label}`
  return undefined
}

/** Drops empty arrays and undefined values, so the JSON-LD says only what is known. */
export function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, child]) => child !== undefined && !(Array.isArray(child) && child.length === 0),
    ),
  )
}
