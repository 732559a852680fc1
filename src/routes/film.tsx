import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { workQueries } from '@/data/queries'
import { featuredWorkSlug } from '@/data/selectors'

export function FilmRoute() {
  const { slug = featuredWorkSlug } = useParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  const { work, credits } = data
  return (
    <article className="space-y-6">
      <PageHeading title={work.title} />
      {work.logline && <p className="max-w-prose text-lg">{work.logline.value}</p>}
      <section aria-labelledby="credits-heading">
        <h2 id="credits-heading" className="text-xl font-semibold">
          Cast and crew
        </h2>
        <ul className="mt-2 space-y-1">
          {credits.map((credit) => (
            <li key={credit.id}>
              <Link className="text-accent underline" to={paths.person(credit.person.slug)}>
                {credit.person.name}
              </Link>{' '}
              — {credit.character?.name ?? credit.job}
            </li>
          ))}
        </ul>
        <p className="mt-2">
          <Link className="text-accent underline" to={paths.cast(work.slug)}>
            All cast and crew
          </Link>{' '}
          ·{' '}
          <Link className="text-accent underline" to={paths.timeline(work.slug)}>
            Timeline
          </Link>
        </p>
      </section>
    </article>
  )
}
