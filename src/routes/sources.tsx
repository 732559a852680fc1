import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { sourceQueries } from '@/data/queries'

export function SourcesRoute() {
  const { data } = useSuspenseQuery(sourceQueries.all())
  return (
    <section className="space-y-4">
      <PageHeading title="Sources" />
      <ul className="space-y-1">
        {data.sources.map((source) => (
          <li key={source.id}>
            <Link className="text-accent underline" to={paths.source(source.id)}>
              {source.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
