import { paths } from '../../src/config/paths.ts'
import type { PageParams } from '../../src/config/page-kinds.ts'
import { featuredWorkSlug } from '../../src/data/site.ts'
import { creditPhrase } from '../../src/lib/credit-wording.ts'
import { eventKindLabels } from '../../src/features/timeline/event-kinds.ts'
import { countOf } from '../../src/lib/count.ts'
import { creditPageSize } from '../../src/features/cast/credit-pages.ts'
import { namedInJob } from '../../src/features/film/work-labels.ts'
import { pageNames } from '../../src/lib/page-title.ts'
import { workKindNouns } from '../../src/lib/work-kinds.ts'
import type { Work } from '../dataset/schema.ts'
import { creditsForWork, type DatasetIndex } from '../dataset/selectors.ts'
import {
  compact,
  homeCrumb,
  ogImagePath,
  pageMeta,
  relativePath,
  truncate,
  workLabel,
  yearOf,
  type JsonLd,
  type PageMeta,
} from './page-meta.ts'

/* The meta of the pages about a work: the film page (and the home page), its cast, its timeline. */

function workImage(work: Work) {
  return {
    path: ogImagePath({ kind: 'works', slug: work.slug }),
    alt: [work.title, work.hangulTitle?.value, yearOf(work)].filter(Boolean).join(' · '),
  }
}

const filmCrumb = (work: Work) => ({ name: work.title, path: relativePath(paths.film(work.slug)) })

function workDescription(index: DatasetIndex, work: Work): string {
  const summary = work.logline?.value ?? work.facts[0]?.text
  const platform = work.platform ? ` on ${work.platform.value}` : ''
  const lead = `${workLabel(work)}, a ${workKindNouns[work.kind]}${platform}.`
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
  const allCredits = creditsForWork(index, work.slug)
  // The credits the work's payload carries: a catalogue-sized cast would fill the page on its own.
  const credits = allCredits.slice(0, creditPageSize)
  const personRef = (slug: string, name: string) => ({
    '@type': 'Person',
    name,
    url: paths.person(slug),
  })
  const directors = namedInJob(allCredits, 'Director')
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

const ogTypeOf = (work: Work): PageMeta['ogType'] =>
  work.kind === 'film' ? 'video.movie' : work.kind === 'series' ? 'video.tv_show' : 'website'

function workPageMeta(index: DatasetIndex, path: string, work: Work, isHome: boolean): PageMeta {
  return pageMeta(index, path, {
    name: work.title,
    description: workDescription(index, work),
    ogType: ogTypeOf(work),
    image: workImage(work),
    breadcrumbs: isHome ? [homeCrumb] : [homeCrumb, filmCrumb(work)],
    entity: workEntity(index, work),
  })
}

/** The meta of a page about one side of a work (its cast, its timeline), below the work's page. */
function workSubpageMeta(
  index: DatasetIndex,
  path: string,
  work: Work,
  page: { name: string; description: string; crumb: string },
): PageMeta {
  return pageMeta(index, path, {
    name: page.name,
    description: truncate(page.description),
    image: workImage(work),
    breadcrumbs: [homeCrumb, filmCrumb(work), { name: page.crumb, path: relativePath(path) }],
  })
}

const workOf = (index: DatasetIndex, slug = '') => index.works.get(slug)
const everyWork = (index: DatasetIndex): PageParams[] =>
  index.dataset.works.map((work) => ({ slug: work.slug }))

export const homePage = {
  enumerate: (): PageParams[] => [{}],
  meta: (index: DatasetIndex, path: string) => {
    const work = workOf(index, featuredWorkSlug)
    return work && workPageMeta(index, path, work, true)
  },
  representative: {},
}

export const filmPage = {
  enumerate: everyWork,
  meta: (index: DatasetIndex, path: string, { slug }: PageParams) => {
    const work = workOf(index, slug)
    return work && workPageMeta(index, path, work, false)
  },
  representative: { slug: featuredWorkSlug },
}

export const castPage = {
  enumerate: everyWork,
  meta: (index: DatasetIndex, path: string, { slug }: PageParams) => {
    const work = workOf(index, slug)
    if (!work) return undefined
    const credits = creditsForWork(index, work.slug).map((credit) =>
      creditPhrase(credit.person.name, credit),
    )
    return workSubpageMeta(index, path, work, {
      name: pageNames.cast(work.title),
      description: `${pageNames.cast(workLabel(work))}: ${credits.join(', ')}.`,
      crumb: 'Cast & crew',
    })
  },
  representative: { slug: featuredWorkSlug },
}

export const timelinePage = {
  enumerate: everyWork,
  meta: (index: DatasetIndex, path: string, { slug }: PageParams) => {
    const work = workOf(index, slug)
    if (!work) return undefined
    const events = index.eventsByWork.get(work.slug) ?? []
    const kinds = [...new Set(events.map((event) => eventKindLabels[event.kind].toLowerCase()))]
    return workSubpageMeta(index, path, work, {
      name: pageNames.timeline(work.title),
      description: `${pageNames.timeline(workLabel(work))}: ${countOf(events.length, 'event')} (${kinds.join(', ')}), each dated as precisely as its sources allow.`,
      crumb: 'Timeline',
    })
  },
  representative: { slug: featuredWorkSlug },
}
