import { Link, useLocation } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { featuredWorkSlug } from '@/data/selectors'

export function NotFoundRoute() {
  const { pathname } = useLocation()
  return (
    <section aria-labelledby="not-found-heading" className="max-w-2xl space-y-4">
      <PageHeading id="not-found-heading" title="Page not found" />
      <p className="text-ink-muted">
        Nothing here matches <code className="break-all text-ink">{pathname}</code>. The link may be
        mistyped, or the page may have moved.
      </p>
      <ul className="list-inside list-disc space-y-1">
        <li>
          <Link className="text-accent underline" to={paths.film(featuredWorkSlug)}>
            Go to the film page
          </Link>
        </li>
        <li>
          <Link className="text-accent underline" to={paths.cast(featuredWorkSlug)}>
            Browse the cast and crew
          </Link>
        </li>
        <li>
          <Link className="text-accent underline" to={paths.search()}>
            Search for a name
          </Link>
        </li>
      </ul>
    </section>
  )
}
