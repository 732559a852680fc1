import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { personQueries } from '@/data/queries'

export function PersonRoute() {
  const { slug = '' } = useParams()
  const { data } = useSuspenseQuery(personQueries.detail(slug))
  const { person, filmography } = data
  return (
    <article className="space-y-4">
      <PageHeading title={person.name} />
      <p>{person.knownAs.value}</p>
      <h2 className="text-xl font-semibold">Filmography</h2>
      <ul className="space-y-1">
        {filmography.map((credit) => (
          <li key={credit.id}>
            <Link className="text-accent underline" to={paths.film(credit.work.slug)}>
              {credit.work.title}
            </Link>{' '}
            — {credit.character?.name ?? credit.job}
          </li>
        ))}
      </ul>
    </article>
  )
}
