import { Link, useLocation } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { featuredWorkSlug } from '@/data/site'
import { pageNames } from '@/lib/page-title'
import { decodeOrKeep } from '@/lib/canonical-path'
import { optionalPart } from '@/lib/optional-part'
import { useHydrated } from '@/lib/use-hydrated'

const ClosestMatches = optionalPart(() =>
  import('@/features/search/closest-matches').then((module) => module.ClosestMatches),
)

/** What the reader was looking for: the slug of `/people/<slug>` or `/films/<slug>/…`, else the last part. */
function wantedName(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean)
  const at = parts.findIndex((part) => part === 'people' || part === 'films')
  return decodeOrKeep((at >= 0 ? parts[at + 1] : parts.at(-1)) ?? '')
}

export function NotFoundRoute() {
  const { pathname } = useLocation()
  // 404.html is rendered once for every unknown path: what it says of the path waits for the app.
  const hydrated = useHydrated()
  const wanted = hydrated ? wantedName(pathname) : ''
  return (
    <section aria-labelledby="not-found-heading" className="max-w-2xl space-y-6">
      <PageHeading id="not-found-heading" title={pageNames.notFound} />
      <p className="text-ink-muted">
        Nothing here matches{' '}
        {hydrated ? <code className="break-all text-ink">{pathname}</code> : 'this address'}. The
        link may be mistyped, or the page may have moved.
      </p>
      {wanted ? <ClosestMatches text={wanted} /> : null}
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
          <Link className="text-accent underline" to={paths.search(wanted || undefined)}>
            Search for {wanted ? `“${wanted}”` : 'a name'}
          </Link>
        </li>
      </ul>
    </section>
  )
}
