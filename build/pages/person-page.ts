import { paths } from '../../src/config/paths.ts'
import type { PageParams } from '../../src/config/page-kinds.ts'
import type { Person } from '../dataset/schema.ts'
import { filmographyFor, type DatasetIndex } from '../dataset/selectors.ts'
import { compact, featuredRole, ogImagePath, pageMeta, truncate, type JsonLd } from './page-meta.ts'

/* The meta of a person's page: who they are, their role in the film, their works as JSON-LD. */

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

export const personPage = {
  enumerate: (index: DatasetIndex): PageParams[] =>
    index.dataset.people.map((person) => ({ slug: person.slug })),
  meta: (index: DatasetIndex, path: string, { slug = '' }: PageParams) => {
    const person = index.people.get(slug)
    if (!person) return undefined
    const role = featuredRole(index, person)
    const hangul = person.hangulName ? ` (${person.hangulName.value})` : ''
    return pageMeta(index, path, {
      name: person.name,
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
      entity: personEntity(index, person),
    })
  },
  representative: { slug: 'jeon-jong-seo' },
}
