import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { workQueries } from '@/data/queries'

export function CastRoute() {
  const { slug = '' } = useParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  return (
    <section className="space-y-4">
      <PageHeading title={`Cast and crew of ${data.work.title}`} />
      <ul className="space-y-1">
        {data.credits.map((credit) => (
          <li key={credit.id}>
            <Link className="text-accent underline" to={paths.person(credit.person.slug)}>
              {credit.person.name}
            </Link>{' '}
            — {credit.character?.name ?? credit.job}
          </li>
        ))}
      </ul>
    </section>
  )
}
