import { serializeForScript } from '../src/app-state.ts'
import { paths } from '../src/config/paths.ts'
import type { Person, Work } from '../src/data/schema.ts'
import {
  creditsForWork,
  featuredWorkSlug,
  filmographyFor,
  firstClaimValue,
  type DatasetIndex,
} from '../src/data/selectors.ts'

/*
 * What link previews, search engines and assistive tools read about each prerendered page:
 * description, canonical URL, Open Graph and Twitter tags, and JSON-LD. Everything is derived from
 * the dataset (never invented) and from the `<title>` the page rendered itself.
 */

export const siteName = 'Ballerina Explorer'
export const ogImageSize = { width: 1200, height: 630 } as const

export type OgImageKind = 'works' | 'people'

/** Where a page's Open Graph image lives, relative to the site's base. */
export function ogImagePath(image: { kind: OgImageKind; slug: string } | 'site'): string {
  return image === 'site' ? 'og/site.png' : `og/${image.kind}/${image.slug}.png`
}

export type PageRoute =
  | { kind: 'home' }
  | { kind: 'film' | 'cast' | 'timeline'; slug: string }
  | { kind: 'person'; slug: string }
  | { kind: 'sources' }
  | { kind: 'source'; id: string }
  | { kind: 'search' }
  | { kind: 'not-found' }

/** Recognises the app's URLs (the ones src/config/paths.ts builds), relative to the base. */
export function parseRoute(route: string): PageRoute {
  const parts = route.split('/').filter(Boolean)
  const [first, second, third] = parts
  if (parts.length === 0) return { kind: 'home' }
  if (first === 'films' && second && parts.length === 2) return { kind: 'film', slug: second }
  if (first === 'films' && second && parts.length === 3 && third === 'cast') {
    return { kind: 'cast', slug: second }
  }
  if (first === 'films' && second && parts.length === 3 && third === 'timeline') {
    return { kind: 'timeline', slug: second }
  }
  if (first === 'people' && second && parts.length === 2) return { kind: 'person', slug: second }
  if (first === 'sources' && parts.length === 1) return { kind: 'sources' }
  if (first === 'sources' && second && parts.length === 2) return { kind: 'source', id: second }
  if (first === 'search' && parts.length === 1) return { kind: 'search' }
  return { kind: 'not-found' }
}

type JsonLd = Record<string, unknown>

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

const titleSuffix = ` · ${siteName}`
const descriptionLimit = 200

/** Meta descriptions are cut by every consumer around 160–200 characters: end on a word. */
export function truncate(text: string, limit = descriptionLimit): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= limit) return clean
  const cut = clean.slice(0, limit - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[\s,;:.–—-]+$/, '')}…`
}

function yearOf(work: Work): number | undefined {
  return firstClaimValue(work.year)
}

function workLabel(work: Work): string {
  const year = yearOf(work)
  return year ? `${work.title} (${year})` : work.title
}

const kindNames: Record<Work['kind'], string> = {
  film: 'film',
  series: 'television series',
  unknown: 'work',
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
  if (characters.length > 0) return `plays ${characters.join(' and ')} in ${label}`
  if (jobs.length > 0) return `${jobs.join(' and ')} of ${label}`
  if (credits.length > 0) return `in the cast of ${label}`
  return undefined
}

function workDescription(index: DatasetIndex, work: Work): string {
  const summary = work.logline?.value ?? work.facts[0]?.text
  const platform = work.platform ? ` on ${work.platform.value}` : ''
  const lead = `${workLabel(work)}, a ${kindNames[work.kind]}${platform}.`
  if (summary) return truncate(`${lead} ${summary}`)
  const cast = creditsForWork(index, work.slug)
    .filter((credit) => credit.department === 'cast')
    .map((credit) => credit.person.name)
  return truncate(cast.length ? `${lead} With ${cast.join(', ')}.` : lead)
}

/** The exact release day when the timeline states one, otherwise the year. */
function datePublished(index: DatasetIndex, work: Work): string | undefined {
  const release = (index.eventsByWork.get(work.slug) ?? []).find(
    (event) => event.kind === 'release' && event.date.precision === 'day',
  )
  if (release?.date.precision === 'day') return release.date.value
  const year = yearOf(work)
  return year ? String(year) : undefined
}

function workEntity(index: DatasetIndex, work: Work): JsonLd {
  const credits = creditsForWork(index, work.slug)
  const personRef = (slug: string, name: string) => ({
    '@type': 'Person',
    name,
    url: paths.person(slug),
  })
  const directors = credits.filter((credit) => credit.job && /^director$/i.test(credit.job))
  const actors = credits
    .filter((credit) => credit.department === 'cast')
    .map((credit) =>
      credit.character
        ? {
            '@type': 'PerformanceRole',
            actor: personRef(credit.person.slug, credit.person.name),
            characterName: credit.character.name,
          }
        : personRef(credit.person.slug, credit.person.name),
    )
  const type = work.kind === 'film' ? 'Movie' : work.kind === 'series' ? 'TVSeries' : 'CreativeWork'
  const alternateNames = [work.hangulTitle?.value, ...work.aliases.map((alias) => alias.name)]
  return compact({
    '@type': type,
    name: work.title,
    alternateName: alternateNames.filter(Boolean),
    description: work.logline?.value ?? work.facts[0]?.text,
    datePublished: datePublished(index, work),
    genre: work.genres.map((genre) => genre.value),
    // The dataset records no language; a title written in Hangul marks a Korean-language work.
    inLanguage: work.hangulTitle ? 'ko' : undefined,
    director: directors.map((credit) => personRef(credit.person.slug, credit.person.name)),
    actor: actors,
    // sameAs would link official pages; the articles give none, so it is left out.
  })
}

function personEntity(index: DatasetIndex, person: Person): JsonLd {
  const works = filmographyFor(index, person.slug)
  return compact({
    '@type': 'Person',
    name: person.name,
    alternateName: [person.hangulName?.value, ...person.aliases.map((alias) => alias.name)].filter(
      Boolean,
    ),
    description: person.knownAs.value,
    performerIn: works
      .filter((credit) => credit.department === 'cast')
      .map((credit) => ({
        '@type': credit.work.kind === 'series' ? 'TVSeries' : 'CreativeWork',
        name: credit.work.title,
        url: paths.film(credit.work.slug),
      })),
  })
}

/** Drops empty arrays and undefined values, so the JSON-LD says only what is known. */
function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, child]) => child !== undefined && !(Array.isArray(child) && child.length === 0),
    ),
  )
}

const routePath = (path: string) => path.replace(/^\//, '')

/** The meta of one route; `renderedTitle` is the `<title>` the page rendered, if any. */
export function pageMetaFor(index: DatasetIndex, route: string, renderedTitle?: string): PageMeta {
  const parsed = parseRoute(route)
  const featured = index.works.get(featuredWorkSlug)
  const home = { name: siteName, path: '' }
  const siteImage = {
    path: ogImagePath('site'),
    alt: `${siteName}: ${featured ? `${workLabel(featured)}, its` : 'the'} cast, crew, timeline and sources`,
  }
  const base = {
    path: routePath(route === '/' ? '' : route),
    indexable: true,
    ogType: 'website' as PageMeta['ogType'],
    image: siteImage,
    breadcrumbs: [home],
    entity: null as JsonLd | null,
  }

  const finish = (fallbackTitle: string, meta: Omit<PageMeta, 'title' | 'shortTitle'>) => {
    const title = renderedTitle?.trim() || `${fallbackTitle}${titleSuffix}`
    const shortTitle = title.endsWith(titleSuffix) ? title.slice(0, -titleSuffix.length) : title
    return { ...meta, title, shortTitle }
  }

  const workImage = (work: Work) => ({
    path: ogImagePath({ kind: 'works', slug: work.slug }),
    alt: [work.title, work.hangulTitle?.value, yearOf(work)].filter(Boolean).join(' · '),
  })
  const ogTypeOf = (work: Work): PageMeta['ogType'] =>
    work.kind === 'film' ? 'video.movie' : work.kind === 'series' ? 'video.tv_show' : 'website'

  switch (parsed.kind) {
    case 'home':
    case 'film':
    case 'cast':
    case 'timeline': {
      const slug = parsed.kind === 'home' ? featuredWorkSlug : parsed.slug
      const work = index.works.get(slug)
      if (!work) break
      const filmCrumb = { name: work.title, path: routePath(paths.film(work.slug)) }
      if (parsed.kind === 'cast') {
        const credits = creditsForWork(index, work.slug).map((credit) =>
          credit.character
            ? `${credit.person.name} as ${credit.character.name}`
            : credit.job
              ? `${credit.person.name} (${credit.job.toLowerCase()})`
              : credit.person.name,
        )
        return finish(`Cast and crew of ${work.title}`, {
          ...base,
          description: truncate(`Cast and crew of ${workLabel(work)}: ${credits.join(', ')}.`),
          image: workImage(work),
          breadcrumbs: [home, filmCrumb, { name: 'Cast & crew', path: base.path }],
        })
      }
      if (parsed.kind === 'timeline') {
        const events = index.eventsByWork.get(work.slug) ?? []
        const kinds = [...new Set(events.map((event) => event.kind.replace('-', ' ')))]
        const what = events.length === 1 ? '1 event' : `${events.length} events`
        return finish(`Timeline of ${work.title}`, {
          ...base,
          description: truncate(
            `Timeline of ${workLabel(work)}: ${what} (${kinds.join(', ')}), each dated as precisely as its sources allow.`,
          ),
          image: workImage(work),
          breadcrumbs: [home, filmCrumb, { name: 'Timeline', path: base.path }],
        })
      }
      return finish(work.title, {
        ...base,
        description: workDescription(index, work),
        ogType: ogTypeOf(work),
        image: workImage(work),
        breadcrumbs: parsed.kind === 'home' ? [home] : [home, filmCrumb],
        entity: workEntity(index, work),
      })
    }
    case 'person': {
      const person = index.people.get(parsed.slug)
      if (!person) break
      const role = featuredRole(index, person)
      const hangul = person.hangulName ? ` (${person.hangulName.value})` : ''
      return finish(person.name, {
        ...base,
        description: truncate(
          `${person.name}${hangul}: ${person.knownAs.value}${role ? `, ${role}` : ''}.`,
        ),
        ogType: 'profile',
        image: {
          path: ogImagePath({ kind: 'people', slug: person.slug }),
          alt: [person.name, person.hangulName?.value, person.knownAs.value]
            .filter(Boolean)
            .join(' · '),
        },
        breadcrumbs: [home, { name: person.name, path: base.path }],
        entity: personEntity(index, person),
      })
    }
    case 'sources': {
      const sources = index.dataset.sources.filter((source) => source.kind === 'article')
      return finish('Sources', {
        ...base,
        description: truncate(
          `The ${sources.length} news articles behind every fact in ${siteName}${featured ? ` about ${workLabel(featured)}` : ''}, with what each one supports.`,
        ),
        breadcrumbs: [home, { name: 'Sources', path: base.path }],
      })
    }
    case 'source': {
      const source = index.sources.get(parsed.id)
      if (!source) break
      return finish(source.title, {
        ...base,
        description: truncate(source.summary),
        breadcrumbs: [
          home,
          { name: 'Sources', path: routePath(paths.sources()) },
          { name: source.title, path: base.path },
        ],
      })
    }
    case 'search':
      return finish('Search', {
        ...base,
        description: truncate(
          `Search the people, characters, works and events of ${featured ? workLabel(featured) : siteName} by any spelling the articles use, in English or Hangul.`,
        ),
        breadcrumbs: [home, { name: 'Search', path: base.path }],
      })
    case 'not-found':
      break
  }
  return finish('Page not found', {
    ...base,
    description: 'Nothing here matches this address.',
    indexable: false,
  })
}

export type HostOptions = {
  /** The sub-path the site is built for, e.g. "/" or "/explorer/". */
  base: string
  /** The origin the site is served from, e.g. "https://example.org"; undefined when unknown. */
  siteUrl?: string
}

/**
 * A page's URL as link previews see it: absolute when SITE_URL is known, otherwise a path from
 * the host's root (which browsers resolve, but crawlers of link previews do not).
 */
export function publicUrl(path: string, host: HostOptions): string {
  const pathname = `${host.base}${path.replace(/^\//, '')}`
  return host.siteUrl ? new URL(pathname, host.siteUrl).href : pathname
}

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** JSON-LD objects with every URL made public and `@context` set. */
export function jsonLdFor(meta: PageMeta, host: HostOptions): JsonLd[] {
  const url = (path: string) => publicUrl(path, host)
  const absolutise = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(absolutise)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        key === 'url' && typeof child === 'string' ? url(child) : absolutise(child),
      ]),
    )
  }
  const blocks: JsonLd[] = []
  if (meta.entity) {
    blocks.push({
      '@context': 'https://schema.org',
      ...(absolutise(meta.entity) as JsonLd),
      url: url(meta.path),
      image: url(meta.image.path),
    })
  }
  blocks.push({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: meta.breadcrumbs.map((crumb, position) => ({
      '@type': 'ListItem',
      position: position + 1,
      name: crumb.name,
      item: url(crumb.path),
    })),
  })
  return blocks
}

/**
 * The tags for `<head>`. Without SITE_URL there is no canonical link: a relative canonical is
 * flagged by search engines and Lighthouse, and a wrong absolute one is worse than none.
 */
export function headTags(meta: PageMeta, host: HostOptions): string {
  const attr = escapeAttribute
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${attr(content)}">`
  const property = (name: string, content: string | number) =>
    `<meta property="${name}" content="${attr(String(content))}">`
  const pageUrl = publicUrl(meta.path, host)
  const imageUrl = publicUrl(meta.image.path, host)
  const tags = [
    `<title>${attr(meta.title)}</title>`,
    named('description', meta.description),
    meta.indexable ? '' : named('robots', 'noindex'),
    meta.indexable && host.siteUrl ? `<link rel="canonical" href="${attr(pageUrl)}">` : '',
    property('og:site_name', siteName),
    property('og:locale', 'en_GB'),
    property('og:type', meta.ogType),
    property('og:title', meta.shortTitle),
    property('og:description', meta.description),
    meta.indexable ? property('og:url', pageUrl) : '',
    property('og:image', imageUrl),
    property('og:image:type', 'image/png'),
    property('og:image:width', ogImageSize.width),
    property('og:image:height', ogImageSize.height),
    property('og:image:alt', meta.image.alt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.shortTitle),
    named('twitter:description', meta.description),
    named('twitter:image', imageUrl),
    named('twitter:image:alt', meta.image.alt),
    ...(meta.indexable ? jsonLdFor(meta, host) : []).map(
      (block) => `<script type="application/ld+json">${serializeForScript(block)}</script>`,
    ),
  ]
  return tags.filter(Boolean).join('')
}
